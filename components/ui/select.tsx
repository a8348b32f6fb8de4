import type { ComponentProps } from "react";
import { cn } from "@/lib/utils";
import { fieldControlClass } from "./input";

/** A native select: keyboard, screen reader and mobile pickers work without a library. */
export function Select({ className, ...props }: ComponentProps<"select">) {
  return <select className={cn(fieldControlClass, "h-9 pr-8", className)} {...props} />;
}
