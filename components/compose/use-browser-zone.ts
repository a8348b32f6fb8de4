"use client";

import { useSyncExternalStore } from "react";
import { offsetOf } from "./schedule";

export interface BrowserZone {
  /** IANA name, e.g. "Asia/Shanghai". */
  zone: string;
  /** Current offset, e.g. "UTC+08:00". */
  offset: string;
}

let cached: BrowserZone | null = null;

function read(): BrowserZone {
  cached ??= { zone: Intl.DateTimeFormat().resolvedOptions().timeZone, offset: `UTC${offsetOf(new Date())}` };
  return cached;
}

const subscribe = () => () => {};

/**
 * The browser's time zone, which the datetime-local input and displayed times use. null during the
 * server render and hydration: the server cannot know it, and guessing would mismatch.
 */
export function useBrowserZone(): BrowserZone | null {
  return useSyncExternalStore(subscribe, read, () => null);
}
