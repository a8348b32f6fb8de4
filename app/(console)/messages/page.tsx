import { PenSquare, Search } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { z } from "zod";
import { StatusBadge } from "@/components/messages/status-badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { hasRole } from "@/lib/auth/roles";
import { requireSession } from "@/lib/auth/session";
import { listMessages, listSenders } from "@/lib/broadcasts/queries";
import { messageStatuses } from "@/lib/broadcasts/states";
import { getRuntime } from "@/lib/server/runtime";

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

// Date filters are calendar days in China time, like the rest of the console's dates.
const dayStart = (day: string) => new Date(`${day}T00:00:00+08:00`);

export default async function MessagesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
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
  const kept = Object.fromEntries(Object.entries({ status: filters.status, q: filters.q, sender: filters.sender, from: filters.from, to: filters.to }).filter((entry): entry is [string, string] => Boolean(entry[1])));
  const olderHref = page.nextBefore ? `/messages?${new URLSearchParams({ ...kept, before: page.nextBefore })}` : null;

  return (
    <div className="flex flex-col gap-6">
      <div className="flex items-center justify-between gap-4">
        <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
        {hasRole(session.user.role, "sender") && (
          <Button asChild>
            <Link href="/compose">
              <PenSquare aria-hidden /> {t("compose")}
            </Link>
          </Button>
        )}
      </div>
      <form className="flex flex-wrap items-end gap-3" role="search">
        <label className="flex flex-col gap-1 text-sm">
          <span className="text-muted">{t("search")}</span>
          <span className="relative flex items-center">
            <Search aria-hidden className="pointer-events-none absolute left-2 size-4 text-muted" />
            <input name="q" type="search" defaultValue={filters.q} className="rounded-md border border-border bg-surface py-1.5 pr-2 pl-8 text-sm" />
          </span>
        </label>
        <label className="flex flex-col gap-1 text-sm">
          <span className="text-muted">{t("status")}</span>
          <select name="status" defaultValue={filters.status ?? ""} className="rounded-md border border-border bg-surface px-2 py-1.5 text-sm">
            <option value="">{t("allStatuses")}</option>
            {messageStatuses.map((status) => (
              <option key={status} value={status}>
                {tStatus(status)}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm">
          <span className="text-muted">{t("sender")}</span>
          <select name="sender" defaultValue={filters.sender ?? ""} className="rounded-md border border-border bg-surface px-2 py-1.5 text-sm">
            <option value="">{t("allSenders")}</option>
            {senders.map((sender) => (
              <option key={sender.id} value={sender.id}>
                {sender.email}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm">
          <span className="text-muted">{t("from")}</span>
          <input type="date" name="from" defaultValue={filters.from} className="rounded-md border border-border bg-surface px-2 py-1 text-sm" />
        </label>
        <label className="flex flex-col gap-1 text-sm">
          <span className="text-muted">{t("to")}</span>
          <input type="date" name="to" defaultValue={filters.to} className="rounded-md border border-border bg-surface px-2 py-1 text-sm" />
        </label>
        <Button type="submit" variant="secondary">
          {t("filter")}
        </Button>
      </form>
      <Card className="p-0">
        {page.items.length === 0 ? (
          <p className="p-6 text-sm text-muted">{t("empty")}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <thead className="text-xs text-muted">
                <tr>
                  <th className="px-4 py-3 font-medium">{t("columns.title")}</th>
                  <th className="px-4 py-3 font-medium">{t("columns.status")}</th>
                  <th className="px-4 py-3 font-medium">{t("columns.recipients")}</th>
                  <th className="px-4 py-3 font-medium">{t("columns.read")}</th>
                  <th className="px-4 py-3 font-medium">{t("columns.created")}</th>
                </tr>
              </thead>
              <tbody>
                {page.items.map((item) => (
                  <tr key={item.id} className="border-t border-border" data-testid="message-row">
                    <td className="px-4 py-3">
                      <Link href={`/messages/${item.id}`} className="font-medium text-primary hover:underline">
                        {item.title}
                      </Link>
                      <span className="block font-mono text-xs text-muted">{item.msgKey}</span>
                    </td>
                    <td className="px-4 py-3">
                      <StatusBadge status={item.status} />
                    </td>
                    <td className="px-4 py-3 tabular-nums">{item.audienceType === "users" ? format.number(item.recipientCount) : t("conversation")}</td>
                    <td className="px-4 py-3 tabular-nums" data-testid="message-read">
                      {item.audienceType === "users" && item.recipientCount > 0
                        ? t("readRate", { rate: item.readCount / item.recipientCount, readers: item.readCount })
                        : t("readers", { readers: item.readCount })}
                    </td>
                    <td className="px-4 py-3 whitespace-nowrap tabular-nums">{format.dateTime(new Date(item.createdAt), { dateStyle: "medium", timeStyle: "short" })}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
      <div className="flex gap-3">
        {filters.before && (
          <Button asChild variant="ghost">
            <Link href="/messages">{t("newest")}</Link>
          </Button>
        )}
        {olderHref && (
          <Button asChild variant="secondary">
            <Link href={olderHref}>{t("older")}</Link>
          </Button>
        )}
      </div>
    </div>
  );
}
