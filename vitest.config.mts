import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // `server-only` throws outside a React Server Component bundle; unit tests run plain Node.
      "server-only": path.resolve(import.meta.dirname, "tests/support/empty-module.ts"),
    },
  },
  test: {
    environment: "node",
    include: ["{lib,app,components,scripts}/**/*.test.{ts,tsx}", "tests/unit/**/*.test.ts"],
    // Limits for a hung test, not speed targets: on a loaded two-core machine (CI beside other
    // work) a PGlite boot or a dozen password hashes took past 30 s. Speed is measured by
    // tests/bench, never here.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    pool: "forks",
  },
});
