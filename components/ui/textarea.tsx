import type { ComponentProps } from "react";
import { cn } from "@/components/ui/cn";
import { fieldControlClass } from "./input";

export function Textarea({ className, ...props }: ComponentProps<"textarea">) {
  return <textarea className={cn(fieldControlClass, "min-h-20 py-2 leading-relaxed", className)} {...props} />;
}
