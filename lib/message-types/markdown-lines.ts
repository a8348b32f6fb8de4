/**
 * The line walk both markdown parsers share: DingTalk's robot-message markdown (markdown.ts) and
 * the card markdown of lib/cards/widget/markdown.model.ts read a source block by block, skipping
 * blank lines between blocks, and gather runs of lines of one kind (quote lines, list items).
 */

/**
 * Calls `block` at the first line of each block (blank lines between blocks are skipped); `block`
 * reads its block from `start` and returns the index of the line after it. A handler that does not
 * advance still moves on one line, so the walk always ends.
 */
export function eachBlock(lines: readonly string[], block: (line: string, start: number) => number): void {
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? "";
    if (line.trim() === "") {
      i++;
      continue;
    }
    i = Math.max(i + 1, block(line, i));
  }
}

/**
 * The text of capture group `group` of `pattern` on each consecutive matching line from `start`
 * (quote lines, list items), and the index of the first line that does not match.
 */
export function linesMatching(
  lines: readonly string[],
  start: number,
  pattern: RegExp,
  group = 1,
): { texts: string[]; end: number } {
  const texts: string[] = [];
  let i = start;
  for (let m = pattern.exec(lines[i] ?? ""); m && i < lines.length; m = pattern.exec(lines[++i] ?? ""))
    texts.push(m[group] ?? "");
  return { texts, end: i };
}
