"use client";

import type { ExternalToast } from "sonner";

/**
 * Toasts without sonner in the first load: the library (about 12 KiB compressed) is fetched the
 * first time a toast is shown, or when the idle browser preloads it (components/providers.tsx).
 * A toast follows an action the person took, so the few milliseconds of a first fetch are invisible,
 * and a page's first-load JavaScript stays within tests/e2e/bundles.spec.ts's budget.
 */
const load = () => import("sonner").then((module) => module.toast);

type Message = Parameters<typeof import("sonner").toast>[0];

function show(kind: "message" | "success" | "error" | "warning", message: Message, options?: ExternalToast): void {
  void load().then((sonner) => (kind === "message" ? sonner(message, options) : sonner[kind](message, options)));
}

export const toast = Object.assign((message: Message, options?: ExternalToast) => show("message", message, options), {
  success: (message: Message, options?: ExternalToast) => show("success", message, options),
  error: (message: Message, options?: ExternalToast) => show("error", message, options),
  warning: (message: Message, options?: ExternalToast) => show("warning", message, options),
});
