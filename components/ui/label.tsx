import type { ComponentProps } from "react";
import { cn } from "@/components/ui/cn";

/** Callers pass htmlFor (or wrap the control) so the label names it. */
export function Label({ className, ...props }: ComponentProps<"label">) {
  return <label className={cn("text-sm font-medium text-foreground", className)} {...props} />;
}
