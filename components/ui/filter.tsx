import { Search } from "lucide-react";
import type { ComponentProps, ReactNode } from "react";
import { cn } from "@/components/ui/cn";
import { SelectOptions, type SelectOption } from "@/components/ui/select";

/** Filter bars use compact controls, lighter than form fields and as wide as their content. */
const controlClass = "rounded-md border border-border bg-surface text-sm";

interface FilterLabelProps {
  label: ReactNode;
  /** The caption beside the control rather than above it. */
  inline?: boolean;
  /** The caption for screen readers only (the control shows a placeholder instead). */
  hideLabel?: boolean;
}

/** The label wraps its control, so the caption names it without ids. */
function FilterLabel({ label, inline, hideLabel, children }: FilterLabelProps & { children: ReactNode }) {
  return (
    <label className={cn("flex text-sm", inline ? "items-center gap-2" : "flex-col gap-1")}>
      <span className={hideLabel ? "sr-only" : "text-muted"}>{label}</span>
      {children}
    </label>
  );
}

/** A filter select: emptyLabel is the "" choice (all statuses, all senders…), then the options. */
export function FilterSelect({
  label,
  inline,
  options,
  emptyLabel,
  className,
  ...props
}: Omit<FilterLabelProps, "hideLabel"> &
  Omit<ComponentProps<"select">, "children"> & { options: readonly (string | SelectOption)[]; emptyLabel: string }) {
  return (
    <FilterLabel label={label} inline={inline}>
      <select className={cn(controlClass, "px-2 py-1.5", className)} {...props}>
        <SelectOptions options={options} emptyLabel={emptyLabel} />
      </select>
    </FilterLabel>
  );
}

export function FilterDate({ label, className, ...props }: { label: ReactNode } & ComponentProps<"input">) {
  return (
    <FilterLabel label={label}>
      <input type="date" className={cn(controlClass, "px-2 py-1", className)} {...props} />
    </FilterLabel>
  );
}

export function FilterSearch({
  label,
  hideLabel,
  className,
  ...props
}: Omit<FilterLabelProps, "inline"> & ComponentProps<"input">) {
  return (
    <FilterLabel label={label} hideLabel={hideLabel}>
      <span className="relative flex items-center">
        <Search aria-hidden className="pointer-events-none absolute left-2 size-4 text-muted" />
        <input type="search" className={cn(controlClass, "py-1.5 pr-2 pl-8", className)} {...props} />
      </span>
    </FilterLabel>
  );
}
