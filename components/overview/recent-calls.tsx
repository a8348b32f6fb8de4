import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card, CardTitle } from "@/components/ui/card";
import type { listRecentApiCalls } from "@/lib/ledger/recent";

type RecentCall = Awaited<ReturnType<typeof listRecentApiCalls>>[number];

export async function RecentCalls({ calls }: { calls: RecentCall[] }) {
  const t = await getTranslations("overview");
  const format = await getFormatter();
  return (
    <Card>
      <CardTitle>{t("recentCalls")}</CardTitle>
      {calls.length === 0 ? (
        <p className="mt-3 text-sm text-muted">{t("noCalls")}</p>
      ) : (
        <div className="mt-3 overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead className="text-xs text-muted">
              <tr>
                <th className="py-2 pr-4 font-medium">{t("time")}</th>
                <th className="py-2 pr-4 font-medium">{t("endpoint")}</th>
                <th className="py-2 pr-4 font-medium">{t("status")}</th>
                <th className="py-2 font-medium">{t("duration")}</th>
              </tr>
            </thead>
            <tbody>
              {calls.map((call) => (
                <tr key={call.id} className="border-t border-border">
                  <td className="py-2 pr-4 whitespace-nowrap tabular-nums">{format.dateTime(call.startedAt, { dateStyle: "short", timeStyle: "medium" })}</td>
                  <td className="py-2 pr-4 font-mono text-xs">
                    {call.method} {call.endpoint}
                  </td>
                  <td className="py-2 pr-4">
                    <Badge tone={call.httpStatus !== null && call.httpStatus < 300 ? "success" : "danger"}>
                      {call.httpStatus ?? "—"}
                      {call.code ? ` ${call.code}` : ""}
                    </Badge>
                  </td>
                  <td className="py-2 tabular-nums">{format.number(call.durationMs)} ms</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}
