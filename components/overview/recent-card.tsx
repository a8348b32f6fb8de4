import type { ReactNode } from "react";
import { Card, CardTitle } from "@/components/ui/card";

/** An overview card listing recent things, or saying there are none yet (`empty`, when set). */
export function RecentCard({ title, empty, children }: { title: string; empty?: string; children: ReactNode }) {
  return (
    <Card>
      <CardTitle>{title}</CardTitle>
      {empty ? <p className="mt-3 text-sm text-muted">{empty}</p> : children}
    </Card>
  );
}
