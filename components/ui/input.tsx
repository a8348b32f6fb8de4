import type { ComponentProps } from "react";
import { cn } from "@/components/ui/cn";

/** Shared look of text-like controls; `aria-invalid` turns the border red so errors show without extra props. */
export const fieldControlClass =
  "w-full rounded-md border border-border bg-surface px-3 text-sm text-foreground placeholder:text-muted/80 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-primary disabled:cursor-not-allowed disabled:opacity-60 aria-invalid:border-danger aria-invalid:focus-visible:outline-danger";

export function Input({ className, type = "text", ...props }: ComponentProps<"input">) {
  return <input type={type} className={cn(fieldControlClass, "h-9", className)} {...props} />;
}
