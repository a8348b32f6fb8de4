import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The README's layout section is the map a newcomer reads first: it must name every folder of lib/
 * (and the top-level folders), and every lib/ folder must have its own README. A folder added without
 * a line here fails this test, so the map cannot drift from the tree again.
 */
const root = path.resolve(import.meta.dirname, "../..");
const readme = readFileSync(path.join(root, "README.md"), "utf8");
const layout = readme.slice(readme.indexOf("## Layout"), readme.indexOf("\n## ", readme.indexOf("## Layout") + 1));
const block = /```\n([\s\S]*?)```/.exec(layout)?.[1] ?? "";
const listed = new Set(block.split("\n").map((line) => line.trim().split(/\s+/)[0]));

const dirs = (dir: string) =>
  readdirSync(path.join(root, dir)).filter((name) => statSync(path.join(root, dir, name)).isDirectory());

describe("the README's layout section", () => {
  it("has a layout block", () => {
    expect(block.length).toBeGreaterThan(200);
  });

  it("names every folder of lib/", () => {
    const missing = dirs("lib").filter((name) => !listed.has(`${name}/`));
    expect(missing, "lib/ folders the README layout does not describe").toEqual([]);
  });

  it("names no folder or file that does not exist", () => {
    const stale = [...listed].filter(
      (entry) => entry && !existsSync(path.join(root, entry)) && !existsSync(path.join(root, "lib", entry)),
    );
    expect(stale, "entries of the README layout that are not in the tree").toEqual([]);
  });

  it("names the top-level source folders", () => {
    for (const name of ["app/", "components/", "i18n/", "public/", "scripts/"]) expect(listed).toContain(name);
  });

  it("has a README in every lib/ folder", () => {
    expect(dirs("lib").filter((name) => !existsSync(path.join(root, "lib", name, "README.md")))).toEqual([]);
  });
});
