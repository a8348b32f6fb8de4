import fs from "node:fs";
import path from "node:path";

/**
 * The `miss.param.*` codes of the error table of
 * https://open.dingtalk.com/document/development/the-robot-sends-ordinary-messages-in-a-person-to-person-conversation,
 * read from the copy of that page in ../shared/seeds (000_*.txt, outside this repository). The table
 * is flattened text
 * ("400miss.param.markdownTotitleThe markdown->text …"), so a code ends where its description
 * ("The …") or placeholder ("%s") begins.
 */
export function seedMissParamCodes(): ReadonlySet<string> {
  const dir = path.resolve(process.cwd(), "../shared/seeds");
  const file = fs.readdirSync(dir).find((name) => name.startsWith("000_") && name.endsWith(".txt"));
  if (!file) throw new Error(`seed 000 not found in ${dir}`);
  const text = fs.readFileSync(path.join(dir, file), "utf8");
  return new Set(Array.from(text.matchAll(/^\d{3}(miss\.param\.[A-Za-z]+?)(?=The |%s)/gm), (m) => m[1] ?? ""));
}
