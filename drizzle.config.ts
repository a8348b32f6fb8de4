import { defineConfig } from "drizzle-kit";

// Migrations are generated from lib/db/schema.ts and lib/db/auth-schema.ts and applied at start (lib/db/migrate.ts),
// on PGlite and on PostgreSQL alike: one dialect, one set of files.
export default defineConfig({
  dialect: "postgresql",
  schema: ["./lib/db/schema.ts", "./lib/db/auth-schema.ts"],
  out: "./lib/db/migrations",
});
