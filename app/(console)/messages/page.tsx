import { PenSquare } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { z } from "zod";
import { StatusBadge } from "@/components/messages/status-badge";
import { Button } from "@/components/ui/button";
import { TableCard } from "@/components/ui/card";
import { FilterDate, FilterSearch, FilterSelect } from "@/components/ui/filter";
import { PageHeader } from "@/components/ui/page-header";
import { Pager } from "@/components/ui/pager";
import { Table, TableBody, TableCell, TableColumns, TableRow } from "@/components/ui/table";
import { hasRole } from "@/lib/core/roles";
import { requireSession } from "@/lib/runtime/session";
import { listMessages, listSenders } from "@/lib/messages/queries";
import { messageStatuses } from "@/lib/core/message-states";
import { getRuntime } from "@/lib/runtime/runtime";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("messageList"))("title") };
}

const searchSchema = z.object({
  status: z.enum(messageStatuses).optional().catch(undefined),
  q: z.string().trim().max(100).optional().catch(undefined),
  before: z.iso.datetime().optional().catch(undefined),
  sender: z.string().max(100).optional().catch(undefined),
  from: z.iso.date().optional().catch(undefined),
  to: z.iso.date().optional().catch(undefined),
});

const columns = ["title", "status", "recipients", "read", "created"] as const;

// Date filters are calendar days in China time, like the rest of the console's dates.
const dayStart = (day: string) => new Date(`${day}T00:00:00+08:00`);

export default async function MessagesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const session = await requireSession();
  const filters = searchSchema.parse(await searchParams);
  const { database } = await getRuntime();
  const [t, tStatus, format, page, senders] = await Promise.all([
    getTranslations("messageList"),
    getTranslations("messageStatus"),
    getFormatter(),
    listMessages(database.db, {
      status: filters.status,
      query: filters.q,
      before: filters.before,
      sender: filters.sender,
      from: filters.from ? dayStart(filters.from) : null,
      to: filters.to ? new Date(dayStart(filters.to).getTime() + 86_400_000) : null,
    }),
    listSenders(database.db),
  ]);
  const kept = Object.fromEntries(
    Object.entries({
      status: filters.status,
      q: filters.q,
      sender: filters.sender,
      from: filters.from,
      to: filters.to,
    }).filter((entry): entry is [string, string] => Boolean(entry[1])),
  );
  const olderHref = page.nextBefore ? `/messages?${new URLSearchParams({ ...kept, before: page.nextBefore })}` : null;

  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title={t("title")}
        actions={
          hasRole(session.user.role, "sender") && (
            <Button asChild>
              <Link href="/compose">
                <PenSquare aria-hidden /> {t("compose")}
              </Link>
            </Button>
          )
        }
      />
      <form className="flex flex-wrap items-end gap-3" role="search">
        <FilterSearch label={t("search")} name="q" defaultValue={filters.q} />
        <FilterSelect
          label={t("status")}
          name="status"
          defaultValue={filters.status ?? ""}
          emptyLabel={t("allStatuses")}
          options={messageStatuses.map((status) => ({ value: status, label: tStatus(status) }))}
        />
        <FilterSelect
          label={t("sender")}
          name="sender"
          defaultValue={filters.sender ?? ""}
          emptyLabel={t("allSenders")}
          options={senders.map((sender) => ({ value: sender.id, label: sender.email }))}
        />
        <FilterDate label={t("from")} name="from" defaultValue={filters.from} />
        <FilterDate label={t("to")} name="to" defaultValue={filters.to} />
        <Button type="submit" variant="secondary">
          {t("filter")}
        </Button>
      </form>
      <TableCard empty={page.items.length === 0 ? t("empty") : undefined}>
        <Table>
          <TableColumns columns={columns.map((column) => t(`columns.${column}`))} />
          <TableBody>
            {page.items.map((item) => (
              <TableRow key={item.id} data-testid="message-row">
                <TableCell>
                  <Link href={`/messages/${item.id}`} className="font-medium text-primary hover:underline">
                    {item.title}
                  </Link>
                  <span className="block font-mono text-xs text-muted">{item.msgKey}</span>
                </TableCell>
                <TableCell>
                  <StatusBadge status={item.status} />
                </TableCell>
                <TableCell className="tabular-nums">
                  {item.audienceType === "users" ? format.number(item.recipientCount) : t("conversation")}
                </TableCell>
                <TableCell className="tabular-nums" data-testid="message-read">
                  {item.audienceType === "users" && item.recipientCount > 0
                    ? t("readRate", { rate: item.readCount / item.recipientCount, readers: item.readCount })
                    : t("readers", { readers: item.readCount })}
                </TableCell>
                <TableCell className="whitespace-nowrap tabular-nums">
                  {format.dateTime(new Date(item.createdAt), { dateStyle: "medium", timeStyle: "short" })}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableCard>
      <Pager
        newest={filters.before ? { href: "/messages", label: t("newest") } : null}
        older={olderHref ? { href: olderHref, label: t("older") } : null}
      />
    </div>
  );
}
