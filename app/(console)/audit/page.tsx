import { Download, Filter } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, TableCard } from "@/components/ui/card";
import { InputField, SelectField } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { Pager } from "@/components/ui/pager";
import { Table, TableBody, TableCell, TableColumns, TableRow } from "@/components/ui/table";
import { auditActions, isAuditAction } from "@/lib/core/audit-actions";
import { parseAuditFilter, type AuditFilterInput } from "@/lib/audit/audit-filter.schema";
import { listAuditEvents } from "@/lib/audit/queries";
import { hasRole } from "@/lib/core/roles";
import { requireRole } from "@/lib/runtime/session";
import { auditOutcomes } from "@/lib/core/audit-outcomes";
import { getRuntime } from "@/lib/runtime/runtime";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("audit"))("title") };
}

const outcomeTone = { success: "success", failure: "danger", denied: "warning" } as const;

const columns = ["time", "actor", "action", "target", "outcome", "details"] as const;

function query(filter: AuditFilterInput, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...filter, ...extra })) if (value) params.set(key, value);
  const text = params.toString();
  return text ? `?${text}` : "";
}

// Admins see everyone's events; senders see their own (what they sent, recalled, imported).
export default async function AuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
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
      <PageHeader title={t("title")} description={isAdmin ? t("descriptionAll") : t("descriptionOwn")} />
      <Card>
        <form
          method="get"
          className="grid items-end gap-4 sm:grid-cols-2 lg:grid-cols-6"
          aria-label={t("filters")}
          data-testid="audit-filters"
        >
          {isAdmin && (
            <InputField
              id="actor"
              label={t("actor")}
              fieldClassName="lg:col-span-2"
              name="actor"
              defaultValue={filter.actor ?? ""}
              placeholder={t("actorPlaceholder")}
            />
          )}
          <SelectField
            id="action"
            label={t("action")}
            name="action"
            defaultValue={filter.action ?? ""}
            emptyLabel={t("any")}
            options={auditActions.map((action) => ({ value: action, label: actionLabel(action) }))}
          />
          <SelectField
            id="outcome"
            label={t("outcome")}
            name="outcome"
            defaultValue={filter.outcome ?? ""}
            emptyLabel={t("any")}
            options={auditOutcomes.map((outcome) => ({ value: outcome, label: t(`outcomes.${outcome}`) }))}
          />
          <InputField id="from" label={t("from")} name="from" type="date" defaultValue={filter.from ?? ""} />
          <InputField id="to" label={t("to")} name="to" type="date" defaultValue={filter.to ?? ""} />
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
      <TableCard empty={page.rows.length === 0 ? t("empty") : undefined} emptyTestId="audit-empty">
        <Table data-testid="audit-table">
          <TableColumns columns={columns.map((column) => t(`columns.${column}`))} />
          <TableBody>
            {page.rows.map((row) => (
              <TableRow key={row.id} data-testid="audit-row" data-action={row.action} data-outcome={row.outcome}>
                <TableCell className="whitespace-nowrap text-muted">
                  {format.dateTime(row.createdAt, { dateStyle: "medium", timeStyle: "medium" })}
                </TableCell>
                <TableCell>
                  <div>{row.actorEmail ?? t("system")}</div>
                  {row.ip && <div className="font-mono text-xs text-muted">{row.ip}</div>}
                </TableCell>
                <TableCell className="whitespace-nowrap">{actionLabel(row.action)}</TableCell>
                <TableCell className="font-mono text-xs">
                  {row.targetType === "message" && row.targetId ? (
                    <Link
                      className="text-primary underline-offset-2 hover:underline"
                      href={`/messages/${encodeURIComponent(row.targetId)}`}
                    >
                      {row.targetId}
                    </Link>
                  ) : row.targetType ? (
                    `${row.targetType}:${row.targetId ?? ""}`
                  ) : (
                    "—"
                  )}
                </TableCell>
                <TableCell>
                  <Badge tone={outcomeTone[row.outcome]} className="whitespace-nowrap">
                    {t(`outcomes.${row.outcome}`)}
                  </Badge>
                </TableCell>
                <TableCell
                  className="max-w-xs truncate font-mono text-xs text-muted"
                  title={row.details ? JSON.stringify(row.details) : undefined}
                >
                  {row.details ? JSON.stringify(row.details) : ""}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableCard>
      <Pager
        newest={filter.before ? { href: `/audit${query(filtersOnly)}`, label: t("newest") } : null}
        older={
          page.nextCursor
            ? {
                href: `/audit${query(filtersOnly, { before: page.nextCursor })}`,
                label: t("older"),
                testId: "audit-older",
              }
            : null
        }
      />
    </div>
  );
}
