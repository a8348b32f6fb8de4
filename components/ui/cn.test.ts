import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { twMerge } from "tailwind-merge";
import { describe, expect, it } from "vitest";
import { cn } from "./cn";

/**
 * cn must merge exactly as tailwind-merge would for the classes this codebase writes: every class
 * list found in components/ and app/ (className="…", string literals of cn() and cva()) is merged
 * onto every other and compared with tailwind-merge's answer.
 */
const root = path.resolve(import.meta.dirname, "../..");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return files(full);
    // cn.ts itself holds group names (font-family), not classes.
    return /\.tsx?$/.test(entry) && !entry.includes(".test.") && entry !== "cn.ts" ? [full] : [];
  });
}

// Tailwind-looking tokens: no import paths (next-intl/server), SVG path data (m9 12) or CSS names.
const utility = /^!?-?[a-z][a-z0-9]*(-[a-z0-9[\]().#/%_&>*:]+)*(:[a-z0-9[\]().#/%_&>*-]+)*!?$/;
const notClass =
  /^[a-z-]+\/[a-z]|^(flex-direction|font-size|text-color|border-style|content-type|content-disposition|top-right)$/;
const classLists = [
  ...new Set(
    [...files(path.join(root, "components")), ...files(path.join(root, "app"))].flatMap((file) =>
      [...readFileSync(file, "utf8").matchAll(/"([^"\n]{2,300})"/g)]
        .map((match) => (match[1] as string).trim())
        .filter(
          (text) =>
            text.includes("-") && text.split(/\s+/).every((token) => utility.test(token) && !notClass.test(token)),
        ),
    ),
  ),
];

const normalise = (classes: string) => classes.split(" ").filter(Boolean).sort().join(" ");

describe("cn", () => {
  it("found the class lists", () => {
    expect(classLists.length).toBeGreaterThan(150);
  });

  it("merges every pair of the codebase's class lists as tailwind-merge does", () => {
    const different: string[] = [];
    for (const base of classLists)
      for (const override of classLists) {
        // A list merged onto itself only shows that tailwind-merge keeps unknown words twice.
        if (base === override) continue;
        const ours = normalise(cn(base, override));
        const theirs = normalise(twMerge(base, override));
        if (ours !== theirs && different.length < 20)
          different.push(`${base} + ${override}\n  cn:    ${ours}\n  twMerge: ${theirs}`);
      }
    expect(different).toEqual([]);
    // Exhaustive: about 350,000 pairs today, a few seconds on an idle machine, growing with the
    // codebase. The timeout is for a loaded machine, not a speed target.
  }, 180_000);

  it("keeps what does not conflict and lets the later of two conflicting utilities win", () => {
    expect(cn("p-5", "p-0")).toBe("p-0");
    expect(cn("p-5", "px-3")).toBe("p-5 px-3");
    expect(cn("px-3", "p-0")).toBe("p-0");
    expect(cn("text-sm text-muted", "text-xs")).toBe("text-muted text-xs");
    expect(cn("text-left", "text-right")).toBe("text-right");
    expect(cn("hover:bg-surface", "bg-primary")).toBe("hover:bg-surface bg-primary");
    expect(cn("w-full", "w-auto")).toBe("w-auto");
    expect(cn("rounded-t-none", "rounded-lg")).toBe("rounded-lg");
    expect(cn("rounded-lg", "rounded-t-none")).toBe("rounded-lg rounded-t-none");
    expect(cn("flex", false, null, undefined, "hidden", { "md:flex": true })).toBe("hidden md:flex");
  });
});
