import { defineConfig } from "drizzle-kit";

// Migrations are generated from the schema files below and applied at start (lib/db/migrate.ts),
// on PGlite and on PostgreSQL alike: one dialect, one set of files.
export default defineConfig({
  dialect: "postgresql",
  schema: ["./lib/db/schema.ts", "./lib/db/auth-schema.ts", "./lib/db/api-schema.ts", "./lib/db/card-schema.ts"],
  out: "./lib/db/migrations",
});
