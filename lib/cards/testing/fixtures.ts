import { readFileSync } from "node:fs";
import path from "node:path";

/** The five real builder exports in ../shared/card-templates (the fixtures). */
export const FIXTURE_DIR = path.resolve(import.meta.dirname, "../../../../shared/card-templates");
export const FIXTURE_NAMES = ["helloworld", "approval", "form", "progress-data-source", "table-h5"] as const;
export type FixtureName = (typeof FIXTURE_NAMES)[number];

export function fixtureText(name: FixtureName): string {
  return readFileSync(path.join(FIXTURE_DIR, `${name}.json`), "utf8");
}
