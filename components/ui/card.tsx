import type { ComponentProps, ReactNode } from "react";
import { cn } from "@/components/ui/cn";

export function Card({ className, ...props }: ComponentProps<"section">) {
  return <section className={cn("rounded-lg border border-border bg-surface p-5 shadow-sm", className)} {...props} />;
}

export function CardTitle({ className, ...props }: ComponentProps<"h2">) {
  return <h2 className={cn("text-base font-semibold", className)} {...props} />;
}

export function CardDescription({ className, ...props }: ComponentProps<"p">) {
  return <p className={cn("mt-1 text-sm text-muted", className)} {...props} />;
}

/** A card holding a table edge to edge, or a line saying there is nothing to list (`empty`, when set). */
export function TableCard({
  empty,
  emptyTestId,
  children,
}: {
  empty?: string;
  emptyTestId?: string;
  children: ReactNode;
}) {
  return (
    <Card className="p-0">
      {empty ? (
        <p className="p-5 text-sm text-muted" data-testid={emptyTestId}>
          {empty}
        </p>
      ) : (
        children
      )}
    </Card>
  );
}
