import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

/**
 * What `next build` wrote for the browser, read from disk: every file under .next/static, and the
 * scripts each page route makes the browser load first. Shared by tests/e2e/bundles.spec.ts and
 * tests/e2e/secrets.spec.ts, which run after the e2e harness (tests/e2e/serve-app.mjs) has built.
 */
const root = path.resolve(import.meta.dirname, "../..");
const nextDir = path.join(root, ".next");
const staticDir = path.join(nextDir, "static");

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

/** Every file the server hands out under /_next/static, with its path relative to .next/static. */
export function staticFiles(): { file: string; relative: string }[] {
  return walk(staticDir).map((file) => ({ file, relative: path.relative(staticDir, file) }));
}

interface BuildManifest {
  rootMainFiles: string[];
  polyfillFiles: string[];
}

/** The client-reference manifest of one page: its segments' chunks (layouts, page, boundaries). */
function pageChunks(manifestFile: string): string[] {
  const source = readFileSync(manifestFile, "utf8");
  // The file assigns globalThis.__RSC_MANIFEST[page] = {...}; evaluate it in a sandbox object.
  const sandbox: { __RSC_MANIFEST?: Record<string, { entryJSFiles?: Record<string, string[]> }> } = {};
  new Function("globalThis", "self", source)(sandbox, sandbox);
  return Object.values(sandbox.__RSC_MANIFEST ?? {}).flatMap((entry) => Object.values(entry.entryJSFiles ?? {}).flat());
}

/** app/(console)/messages/[id]/page.tsx -> /messages/[id] */
function routeOf(manifestFile: string): string {
  const relative = path.relative(path.join(nextDir, "server", "app"), path.dirname(manifestFile));
  const segments = relative.split(path.sep).filter((segment) => !/^\(.*\)$/.test(segment));
  return `/${segments.join("/")}`;
}

export interface RouteScripts {
  route: string;
  files: string[];
  /** gzip at zlib's default level, what `next start` (compress: true) sends. */
  compressedBytes: number;
}

/**
 * The JavaScript each page route loads before it is interactive, as the HTML's script tags list it:
 * Next.js's root main files plus every chunk of the page's segments. The polyfills are left out: they
 * are `noModule` scripts that no current browser downloads. Chunks loaded later (next/dynamic, a
 * chart that draws after the page is up) are not first-load JavaScript and are not counted.
 */
export function firstLoadScripts(): RouteScripts[] {
  const build = JSON.parse(readFileSync(path.join(nextDir, "build-manifest.json"), "utf8")) as BuildManifest;
  const polyfills = new Set(build.polyfillFiles);
  const sizes = new Map<string, number>();
  const compressed = (file: string) => {
    if (!sizes.has(file)) sizes.set(file, gzipSync(readFileSync(path.join(nextDir, file))).length);
    return sizes.get(file) ?? 0;
  };
  return walk(path.join(nextDir, "server", "app"))
    .filter((file) => file.endsWith(`${path.sep}page_client-reference-manifest.js`))
    .map((manifest) => {
      const files = [...new Set([...build.rootMainFiles, ...pageChunks(manifest)])].filter(
        (file) => file.endsWith(".js") && !polyfills.has(file),
      );
      return {
        route: routeOf(manifest),
        files,
        compressedBytes: files.reduce((sum, file) => sum + compressed(file), 0),
      };
    })
    .sort((a, b) => a.route.localeCompare(b.route));
}
