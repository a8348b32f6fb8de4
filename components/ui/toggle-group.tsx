import { cn } from "@/components/ui/cn";

export interface ToggleOption<T extends string> {
  value: T;
  label: string;
  testId?: string;
}

/** Buttons of which one is on (aria-pressed), in a named group: a switch between a few views. */
export function ToggleGroup<T extends string>({
  label,
  value,
  options,
  onChange,
  size = "md",
}: {
  /** Accessible name of the group. */
  label: string;
  value: T;
  options: readonly ToggleOption<T>[];
  onChange(value: NoInfer<T>): void;
  size?: "sm" | "md";
}) {
  return (
    <div
      role="group"
      aria-label={label}
      className={cn(
        "inline-flex overflow-hidden rounded-md border border-border",
        size === "sm" ? "text-xs" : "text-sm",
      )}
    >
      {options.map((option) => (
        <button
          key={option.value}
          type="button"
          aria-pressed={value === option.value}
          onClick={() => onChange(option.value)}
          className={cn(
            size === "sm" ? "px-2.5 py-1" : "px-3 py-1.5",
            value === option.value
              ? "bg-primary text-primary-foreground"
              : "bg-surface text-foreground hover:bg-background",
          )}
          data-testid={option.testId}
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}
