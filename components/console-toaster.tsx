"use client";

import dynamic from "next/dynamic";

// Loaded after the page is interactive, not in its first-load JavaScript (see components/toast.ts).
const Toaster = dynamic(() => import("sonner").then((module) => module.Toaster), { ssr: false });

/** The console's toaster (components/toast.ts shows the toasts). */
export function ConsoleToaster() {
  return <Toaster richColors closeButton position="top-right" />;
}
