import { parse } from "txml/txml";
import { fromXmlNodes, type WidgetElement } from "@/lib/cards/widget/element.model";

export interface ParsedWidget {
  elements: WidgetElement[];
  /** The XML did not parse (a broken export); nothing is drawn from it. */
  error: boolean;
}

/**
 * Parses a card export's widgetInfo (the layout XML DingTalk's client draws) with txml, a small XML
 * parser that keeps element order and decodes entities (the export writes quotes as &#039;). No
 * view is self-closing in this language, so txml's HTML void-element list is switched off.
 */
export function parseWidgetInfo(xml: string): ParsedWidget {
  try {
    const nodes = parse(xml, { decodeEntities: true, selfClosingTags: [], keepComments: false });
    return { elements: fromXmlNodes(nodes), error: false };
  } catch {
    return { elements: [], error: true };
  }
}
