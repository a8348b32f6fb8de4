"use client";

import dynamic from "next/dynamic";

/**
 * WidgetPreview in a chunk of its own (the XML parser and the interpreter, about 20 KiB
 * compressed), loaded once a page draws a widgetInfo; the box keeps a card's height meanwhile.
 */
export const LazyWidgetPreview = dynamic(() => import("./widget-preview").then((module) => module.WidgetPreview), {
  ssr: false,
  loading: () => <div className="h-40 w-[360px] max-w-full" aria-busy />,
});
