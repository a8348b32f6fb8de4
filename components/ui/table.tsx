import type { ComponentProps } from "react";
import { cn } from "@/components/ui/cn";

/** Plain, accessible table parts (shadcn-style): real <table> semantics, scrolling on small screens. */
export function Table({ className, ...props }: ComponentProps<"table">) {
  return (
    <div className="w-full overflow-x-auto">
      <table className={cn("w-full caption-bottom text-sm", className)} {...props} />
    </div>
  );
}

function TableHeader({ className, ...props }: ComponentProps<"thead">) {
  return <thead className={cn("border-b border-border", className)} {...props} />;
}

export function TableBody({ className, ...props }: ComponentProps<"tbody">) {
  return <tbody className={cn("[&_tr:last-child]:border-0", className)} {...props} />;
}

export function TableRow({ className, ...props }: ComponentProps<"tr">) {
  return <tr className={cn("border-b border-border", className)} {...props} />;
}

function TableHead({ className, ...props }: ComponentProps<"th">) {
  return (
    <th
      scope="col"
      className={cn("h-9 px-3 text-left align-middle text-xs font-medium whitespace-nowrap text-muted", className)}
      {...props}
    />
  );
}

export function TableCell({ className, ...props }: ComponentProps<"td">) {
  return <td className={cn("px-3 py-2 align-middle", className)} {...props} />;
}

/** A column of TableColumns: its header text, or that with classes for the header cell. */
export type TableColumn = string | { label: string; className?: string };

/** The header row: one column header a label ("" for a column without a heading). */
export function TableColumns({ columns, className }: { columns: readonly TableColumn[]; className?: string }) {
  return (
    <TableHeader className={className}>
      <TableRow>
        {columns.map((column, index) => {
          const { label, className } = typeof column === "string" ? { label: column } : column;
          return (
            <TableHead key={index} className={className}>
              {label}
            </TableHead>
          );
        })}
      </TableRow>
    </TableHeader>
  );
}
