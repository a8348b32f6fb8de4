import type { ComponentProps } from "react";
import { cn } from "@/components/ui/cn";
import { fieldControlClass } from "./input";

/** A native select: keyboard, screen reader and mobile pickers work without a library. */
export function Select({ className, ...props }: ComponentProps<"select">) {
  return <select className={cn(fieldControlClass, "h-9 pr-8", className)} {...props} />;
}

export interface SelectOption {
  value: string;
  label: string;
}

/**
 * The <option>s of a select: first, when emptyLabel is given, a choice with the value "" (all, any,
 * choose…), then each option; a plain string is its own label.
 */
export function SelectOptions({
  options,
  emptyLabel,
}: {
  options: readonly (string | SelectOption)[];
  emptyLabel?: string;
}) {
  return (
    <>
      {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
      {options.map((option) => {
        const { value, label } = typeof option === "string" ? { value: option, label: option } : option;
        return (
          <option key={value} value={value}>
            {label}
          </option>
        );
      })}
    </>
  );
}
