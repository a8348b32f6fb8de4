import fs from "node:fs";
import path from "node:path";
import { sharedDir } from "@/tests/support/shared-dir";

/**
 * The `miss.param.*` codes of the error table of
 * https://open.dingtalk.com/document/development/the-robot-sends-ordinary-messages-in-a-person-to-person-conversation,
 * read from the copy of that page in the shared folder's seeds (000_*.txt; tests/support/shared-dir.ts). The table
 * is flattened text
 * ("400miss.param.markdownTotitleThe markdown->text …"), so a code ends where its description
 * ("The …") or placeholder ("%s") begins.
 */
export function seedMissParamCodes(): ReadonlySet<string> {
  const dir = path.join(sharedDir(), "seeds");
  const file = fs.readdirSync(dir).find((name) => name.startsWith("000_") && name.endsWith(".txt"));
  if (!file) throw new Error(`seed 000 not found in ${dir}`);
  const text = fs.readFileSync(path.join(dir, file), "utf8");
  return new Set(Array.from(text.matchAll(/^\d{3}(miss\.param\.[A-Za-z]+?)(?=The |%s)/gm), (m) => m[1] ?? ""));
}
