import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableColumns, TableRow } from "@/components/ui/table";
import type { RecentApiCall } from "@/lib/core/dto/overview";
import { RecentCard } from "./recent-card";

export async function RecentCalls({ calls }: { calls: RecentApiCall[] }) {
  const [t, format] = await Promise.all([getTranslations("overview"), getFormatter()]);
  return (
    <RecentCard title={t("recentCalls")} empty={calls.length === 0 ? t("noCalls") : undefined}>
      <Table className="mt-3">
        <TableColumns columns={[t("time"), t("endpoint"), t("status"), t("duration")]} />
        <TableBody>
          {calls.map((call) => (
            <TableRow key={call.id}>
              <TableCell className="whitespace-nowrap tabular-nums">
                {format.dateTime(call.startedAt, { dateStyle: "short", timeStyle: "medium" })}
              </TableCell>
              <TableCell className="font-mono text-xs">
                {call.method} {call.endpoint}
              </TableCell>
              <TableCell>
                <Badge tone={call.httpStatus !== null && call.httpStatus < 300 ? "success" : "danger"}>
                  {call.httpStatus ?? "—"}
                  {call.code ? ` ${call.code}` : ""}
                </Badge>
              </TableCell>
              <TableCell className="tabular-nums">{format.number(call.durationMs)} ms</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </RecentCard>
  );
}
