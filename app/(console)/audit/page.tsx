import { Download, Filter } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardDescription } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { auditActions, isAuditAction } from "@/lib/audit/actions";
import { parseAuditFilter, type AuditFilterInput } from "@/lib/audit/audit-filter.schema";
import { listAuditEvents } from "@/lib/audit/queries";
import { hasRole } from "@/lib/auth/roles";
import { requireRole } from "@/lib/auth/session";
import { auditOutcomes } from "@/lib/db/auth-schema";
import { getRuntime } from "@/lib/server/runtime";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("audit"))("title") };
}

const outcomeTone = { success: "success", failure: "danger", denied: "warning" } as const;

function query(filter: AuditFilterInput, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...filter, ...extra })) if (value) params.set(key, value);
  const text = params.toString();
  return text ? `?${text}` : "";
}

// Admins see everyone's events; senders see their own (what they sent, recalled, imported).
export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const session = await requireRole("sender");
  const isAdmin = hasRole(session.user.role, "admin");
  const filter = parseAuditFilter(await searchParams);
  const { database } = await getRuntime();
  const [t, format, page] = await Promise.all([
    getTranslations("audit"),
    getFormatter(),
    listAuditEvents(database.db, { ...filter, onlyActorId: isAdmin ? undefined : session.user.id }),
  ]);
  const { before: _cursor, ...filtersOnly } = filter;
  const actionLabel = (action: string) => (isAuditAction(action) ? t(`actions.${action}`) : action);

  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
        <CardDescription className="max-w-3xl">{isAdmin ? t("descriptionAll") : t("descriptionOwn")}</CardDescription>
      </div>
      <Card>
        <form method="get" className="grid items-end gap-4 sm:grid-cols-2 lg:grid-cols-6" aria-label={t("filters")} data-testid="audit-filters">
          {isAdmin && (
            <div className="flex flex-col gap-1.5 lg:col-span-2">
              <Label htmlFor="actor">{t("actor")}</Label>
              <Input id="actor" name="actor" defaultValue={filter.actor ?? ""} placeholder={t("actorPlaceholder")} />
            </div>
          )}
          <div className="flex flex-col gap-1.5">
            <Label htmlFor="action">{t("action")}</Label>
            <Select id="action" name="action" defaultValue={filter.action ?? ""}>
              <option value="">{t("any")}</option>
              {auditActions.map((action) => (
                <option key={action} value={action}>
                  {actionLabel(action)}
                </option>
              ))}
            </Select>
          </div>
          <div className="flex flex-col gap-1.5">
            <Label htmlFor="outcome">{t("outcome")}</Label>
            <Select id="outcome" name="outcome" defaultValue={filter.outcome ?? ""}>
              <option value="">{t("any")}</option>
              {auditOutcomes.map((outcome) => (
                <option key={outcome} value={outcome}>
                  {t(`outcomes.${outcome}`)}
                </option>
              ))}
            </Select>
          </div>
          <div className="flex flex-col gap-1.5">
            <Label htmlFor="from">{t("from")}</Label>
            <Input id="from" name="from" type="date" defaultValue={filter.from ?? ""} />
          </div>
          <div className="flex flex-col gap-1.5">
            <Label htmlFor="to">{t("to")}</Label>
            <Input id="to" name="to" type="date" defaultValue={filter.to ?? ""} />
          </div>
          <div className="flex flex-wrap gap-2 sm:col-span-2 lg:col-span-6">
            <Button type="submit">
              <Filter aria-hidden />
              {t("apply")}
            </Button>
            <Button asChild variant="ghost">
              <Link href="/audit">{t("reset")}</Link>
            </Button>
            <Button asChild variant="secondary" className="ml-auto">
              {/* A plain link: the browser downloads the guarded route's CSV with the same filters. */}
              <a href={`/api/audit/export${query(filtersOnly)}`} data-testid="audit-export">
                <Download aria-hidden />
                {t("export")}
              </a>
            </Button>
          </div>
        </form>
      </Card>
      <Card className="p-0">
        {page.rows.length === 0 ? (
          <p className="p-5 text-sm text-muted" data-testid="audit-empty">
            {t("empty")}
          </p>
        ) : (
          <Table data-testid="audit-table">
            <TableHeader>
              <TableRow>
                <TableHead>{t("columns.time")}</TableHead>
                <TableHead>{t("columns.actor")}</TableHead>
                <TableHead>{t("columns.action")}</TableHead>
                <TableHead>{t("columns.target")}</TableHead>
                <TableHead>{t("columns.outcome")}</TableHead>
                <TableHead>{t("columns.details")}</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {page.rows.map((row) => (
                <TableRow key={row.id} data-testid="audit-row" data-action={row.action} data-outcome={row.outcome}>
                  <TableCell className="whitespace-nowrap text-muted">{format.dateTime(row.createdAt, { dateStyle: "medium", timeStyle: "medium" })}</TableCell>
                  <TableCell>
                    <div>{row.actorEmail ?? t("system")}</div>
                    {row.ip && <div className="font-mono text-xs text-muted">{row.ip}</div>}
                  </TableCell>
                  <TableCell className="whitespace-nowrap">{actionLabel(row.action)}</TableCell>
                  <TableCell className="font-mono text-xs">
                    {row.targetType === "message" && row.targetId ? (
                      <Link className="text-primary underline-offset-2 hover:underline" href={`/messages/${encodeURIComponent(row.targetId)}`}>
                        {row.targetId}
                      </Link>
                    ) : row.targetType ? (
                      `${row.targetType}:${row.targetId ?? ""}`
                    ) : (
                      "—"
                    )}
                  </TableCell>
                  <TableCell>
                    <Badge tone={outcomeTone[row.outcome]} className="whitespace-nowrap">{t(`outcomes.${row.outcome}`)}</Badge>
                  </TableCell>
                  <TableCell className="max-w-xs truncate font-mono text-xs text-muted" title={row.details ? JSON.stringify(row.details) : undefined}>
                    {row.details ? JSON.stringify(row.details) : ""}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Card>
      <div className="flex gap-3">
        {filter.before && (
          <Button asChild variant="secondary">
            <Link href={`/audit${query(filtersOnly)}`}>{t("newest")}</Link>
          </Button>
        )}
        {page.nextCursor && (
          <Button asChild variant="secondary">
            <Link href={`/audit${query(filtersOnly, { before: page.nextCursor })}`} data-testid="audit-older">
              {t("older")}
            </Link>
          </Button>
        )}
      </div>
    </div>
  );
}
