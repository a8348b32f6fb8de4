import { readFileSync } from "node:fs";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";

/**
 * Calls a server action the way a browser does, but without its page: the action id from the
 * build's manifest, POSTed with the Next-Action header to a page that hosts it. This is what an
 * attacker with a valid (low-privilege) session can do, whatever buttons the page shows.
 */
export interface BuiltAction {
  id: string;
  file: string;
  name: string;
  /** A URL of a page that bundles the action. */
  pagePath: string;
}

const PLACEHOLDER_ID = "00000000-0000-4000-8000-000000000000";

export function builtActions(): BuiltAction[] {
  const manifestPath = path.resolve(import.meta.dirname, "../../.next/server/server-reference-manifest.json");
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as {
    node: Record<string, { workers: Record<string, unknown>; filename?: string; exportedName?: string }>;
  };
  return Object.entries(manifest.node).flatMap(([id, entry]) => {
    const worker = Object.keys(entry.workers).find((key) => key.endsWith("/page"));
    if (!worker || !entry.filename || !entry.exportedName) return [];
    const pagePath =
      "/" +
      worker
        .replace(/^app\//, "")
        .replace(/\/?page$/, "")
        .split("/")
        .filter((segment) => segment && !(segment.startsWith("(") && segment.endsWith(")")))
        .map((segment) => (segment.startsWith("[") ? PLACEHOLDER_ID : segment))
        .join("/");
    return [{ id, file: entry.filename, name: entry.exportedName, pagePath }];
  });
}

export async function callAction(
  request: APIRequestContext,
  baseURL: string,
  action: BuiltAction,
  input: unknown = {},
): Promise<{ status: number; body: string; location: string | undefined }> {
  const response = await request.post(action.pagePath, {
    headers: {
      "Next-Action": action.id,
      "Content-Type": "text/plain;charset=UTF-8",
      Accept: "text/x-component",
      Origin: baseURL,
    },
    data: JSON.stringify([input]),
    maxRedirects: 0,
  });
  return { status: response.status(), body: await response.text(), location: response.headers()["location"] };
}
