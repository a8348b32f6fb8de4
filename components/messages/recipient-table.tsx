"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { Search } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { useDeferredValue, useState } from "react";
import { Button } from "@/components/ui/button";
import type { RecipientPage } from "@/lib/broadcasts/queries";
import { recipientStates, type RecipientState } from "@/lib/broadcasts/states";
import { queryKeys } from "@/lib/query-keys";
import { useReasonText } from "./reason";

type ReadFilter = "" | "read" | "unread";

async function fetchPage(messageId: string, filters: { state?: string; read?: string; q?: string }, cursor: string | null): Promise<RecipientPage> {
  const params = new URLSearchParams({ limit: "50" });
  if (filters.state) params.set("state", filters.state);
  if (filters.read) params.set("read", filters.read);
  if (filters.q) params.set("q", filters.q);
  if (cursor) params.set("cursor", cursor);
  const response = await fetch(`/api/messages/${messageId}/recipients?${params}`);
  if (!response.ok) throw new Error(`recipients: HTTP ${response.status}`);
  return (await response.json()) as RecipientPage;
}

/** Per-recipient status with the reason in words; keyset-paged so 100,000 rows stay fast. */
export function RecipientTable({ messageId, live }: { messageId: string; live: boolean }) {
  const t = useTranslations("messageDetail");
  const tState = useTranslations("recipientState");
  const format = useFormatter();
  const reasonText = useReasonText();
  const [state, setState] = useState<RecipientState | "">("");
  const [read, setRead] = useState<ReadFilter>("");
  const [search, setSearch] = useState("");
  const q = useDeferredValue(search.trim());
  const filters = { state: state || undefined, read: read || undefined, q: q || undefined };
  const query = useInfiniteQuery({
    queryKey: queryKeys.recipients(messageId, filters),
    queryFn: ({ pageParam }) => fetchPage(messageId, filters, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    refetchInterval: live ? 2_000 : false,
  });
  const rows = query.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center gap-3">
        <div role="group" aria-label={t("readTitle")} className="flex overflow-hidden rounded-md border border-border text-sm">
          {(
            [
              ["", t("everyoneTab")],
              ["read", t("readersTab")],
              ["unread", t("nonReadersTab")],
            ] as const
          ).map(([value, label]) => (
            <button
              key={value || "all"}
              type="button"
              aria-pressed={read === value}
              onClick={() => setRead(value)}
              className={read === value ? "bg-primary px-3 py-1.5 text-primary-foreground" : "px-3 py-1.5 hover:bg-background"}
              data-testid={`read-filter-${value || "all"}`}
            >
              {label}
            </button>
          ))}
        </div>
        <label className="flex items-center gap-2 text-sm">
          <span className="text-muted">{t("state")}</span>
          <select
            className="rounded-md border border-border bg-surface px-2 py-1.5 text-sm"
            value={state}
            onChange={(event) => setState(event.target.value as RecipientState | "")}
            data-testid="recipient-state-filter"
          >
            <option value="">{t("filterAll")}</option>
            {recipientStates.map((value) => (
              <option key={value} value={value}>
                {tState(value)}
              </option>
            ))}
          </select>
        </label>
        <label className="relative flex items-center">
          <span className="sr-only">{t("searchRecipients")}</span>
          <Search aria-hidden className="pointer-events-none absolute left-2 size-4 text-muted" />
          <input
            type="search"
            className="rounded-md border border-border bg-surface py-1.5 pr-2 pl-8 text-sm"
            placeholder={t("searchRecipients")}
            value={search}
            onChange={(event) => setSearch(event.target.value)}
            data-testid="recipient-search"
          />
        </label>
      </div>
      <div className="overflow-x-auto rounded-md border border-border">
        <table className="w-full text-left text-sm">
          <thead className="bg-background text-xs text-muted">
            <tr>
              <th className="px-3 py-2 font-medium">{t("userId")}</th>
              <th className="px-3 py-2 font-medium">{t("state")}</th>
              <th className="px-3 py-2 font-medium">{t("reason")}</th>
              <th className="px-3 py-2 font-medium">{t("readAt")}</th>
              <th className="px-3 py-2 font-medium">{t("updated")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.userId} className="border-t border-border" data-testid="recipient-row" data-state={row.state}>
                <td className="px-3 py-2 font-mono text-xs">{row.userId}</td>
                <td className="px-3 py-2 whitespace-nowrap">{tState(row.state)}</td>
                <td className="px-3 py-2 text-xs text-muted">
                  {reasonText(row.code)}
                  {row.code && <span className="ml-1 font-mono">({row.code})</span>}
                </td>
                <td className="px-3 py-2 whitespace-nowrap text-xs tabular-nums" data-testid="recipient-read-at">
                  {row.readAt ? format.dateTime(new Date(row.readAt), { dateStyle: "short", timeStyle: "medium" }) : "—"}
                </td>
                <td className="px-3 py-2 whitespace-nowrap text-xs tabular-nums">{format.dateTime(new Date(row.updatedAt), { dateStyle: "short", timeStyle: "medium" })}</td>
              </tr>
            ))}
            {rows.length === 0 && !query.isLoading && (
              <tr>
                <td colSpan={5} className="px-3 py-6 text-center text-muted">
                  {t("noRecipients")}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      {query.hasNextPage && (
        <div>
          <Button variant="secondary" size="sm" onClick={() => void query.fetchNextPage()} disabled={query.isFetchingNextPage}>
            {t("loadMore")}
          </Button>
        </div>
      )}
    </div>
  );
}
