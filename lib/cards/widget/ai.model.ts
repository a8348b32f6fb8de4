import type { WidgetElement } from "./element.model";

/**
 * AI cards: DingTalk's streaming cards switch their layout on `flowStatus` (1 processing, 2 writing,
 * 3 finished, 4 executing, 5 failed) and stream markdown into a content variable. The preview offers
 * each state and a partly streamed content when a layout reads them.
 */
export interface AiFields {
  /** The layout reads data.cardData.flowStatus. */
  status: boolean;
  /** Variables a rich text view draws (the streamed content), in layout order. */
  content: string[];
}

export const FLOW_STATUSES = ["1", "2", "3", "4", "5"] as const;

const RICH_SOURCE = /@data\{\s*'?data\.cardData\.([A-Za-z_$][\w$]*)'?\s*\}/;

export function aiFields(elements: readonly WidgetElement[]): AiFields {
  const result: AiFields = { status: false, content: [] };
  const stack = [...elements].reverse();
  while (stack.length > 0) {
    const element = stack.pop() as WidgetElement;
    for (const value of Object.values(element.attrs))
      if (value.includes("data.cardData.flowStatus")) result.status = true;
    const rich = element.tag === "DDRichTextView" ? RICH_SOURCE.exec(element.attrs.attributedText ?? "") : null;
    if (rich?.[1] && !result.content.includes(rich[1])) result.content.push(rich[1]);
    for (let index = element.children.length - 1; index >= 0; index--)
      stack.push(element.children[index] as WidgetElement);
  }
  return result;
}

/** The first `share` (0…1) of a streamed text, by characters. */
export function streamedPart(text: string, share: number): string {
  const chars = Array.from(text);
  return chars.slice(0, Math.round(chars.length * Math.max(0, Math.min(1, share)))).join("");
}
