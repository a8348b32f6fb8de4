import { readFileSync } from "node:fs";
import path from "node:path";
import { sharedDir } from "@/tests/support/shared-dir";

/** The five real builder exports in the shared folder's card-templates (the fixtures). */
export const FIXTURE_DIR = path.join(sharedDir(), "card-templates");
export const FIXTURE_NAMES = ["helloworld", "approval", "form", "progress-data-source", "table-h5"] as const;
export type FixtureName = (typeof FIXTURE_NAMES)[number];

export function fixtureText(name: FixtureName): string {
  return readFileSync(path.join(FIXTURE_DIR, `${name}.json`), "utf8");
}
