import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { firstLoadScripts, staticFiles } from "../support/build-output";
import { serverMarkers } from "../support/server-markers";

/**
 * What the build hands the browser, read from .next after the e2e harness built it: no server code
 * in any chunk, and every page's first-load JavaScript within its budget. The budget is measured the
 * way a browser receives it, gzip-compressed as `next start` serves it; see docs/architecture.md
 * ("Browser bundles") for what keeps it low.
 */
const KiB = 1024;
const DEFAULT_BUDGET = 200 * KiB;
/** The pages a new person sees first, before anything is cached. */
const budgets: Record<string, number> = { "/login": 150 * KiB, "/setup": 150 * KiB };

test("no browser chunk carries drizzle, pg, table definitions or a secret-bearing module", () => {
  const markers = serverMarkers();
  const found: string[] = [];
  let scanned = 0;
  for (const { file, relative } of staticFiles()) {
    if (!/\.(js|json|txt)$/.test(file)) continue;
    scanned += 1;
    const text = readFileSync(file, "utf8");
    for (const { marker, meaning } of markers) {
      if (typeof marker === "string" ? text.includes(marker) : marker.test(text)) found.push(`${relative}: ${meaning}`);
    }
  }
  expect(scanned, "the build wrote browser chunks").toBeGreaterThan(10);
  expect(found, "server code in .next/static").toEqual([]);
});

test("every page's first-load JavaScript stays within its budget (compressed)", () => {
  const routes = firstLoadScripts().filter((route) => !route.route.startsWith("/_"));
  expect(routes.map((route) => route.route)).toEqual(expect.arrayContaining(["/", "/login", "/setup", "/compose"]));
  const report = routes.map(
    (route) =>
      `${route.route.padEnd(16)} ${(route.compressedBytes / KiB).toFixed(1).padStart(6)} KiB of ${(budgets[route.route] ?? DEFAULT_BUDGET) / KiB} KiB`,
  );
  console.log(`first-load JavaScript, gzip:\n${report.join("\n")}`);
  const over = routes
    .filter((route) => route.compressedBytes > (budgets[route.route] ?? DEFAULT_BUDGET))
    .map((route) => `${route.route}: ${(route.compressedBytes / KiB).toFixed(1)} KiB`);
  expect(over, "routes over budget").toEqual([]);
});
