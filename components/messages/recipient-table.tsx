"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";
import { useDeferredValue, useState } from "react";
import { Button } from "@/components/ui/button";
import { FilterSearch, FilterSelect } from "@/components/ui/filter";
import { Table, TableBody, TableCell, TableColumns, TableRow } from "@/components/ui/table";
import { ToggleGroup } from "@/components/ui/toggle-group";
import type { RecipientPage } from "@/lib/core/dto/message";
import { fetchJson } from "@/lib/core/fetch-json";
import { recipientStates, type RecipientState } from "@/lib/core/message-states";
import { queryKeys } from "@/components/messages/query-keys";
import { useReasonText } from "./reason";

type ReadFilter = "" | "read" | "unread";

async function fetchPage(
  messageId: string,
  filters: { state?: string; read?: string; q?: string },
  cursor: string | null,
): Promise<RecipientPage> {
  const params = new URLSearchParams({ limit: "50" });
  if (filters.state) params.set("state", filters.state);
  if (filters.read) params.set("read", filters.read);
  if (filters.q) params.set("q", filters.q);
  if (cursor) params.set("cursor", cursor);
  return fetchJson(`/api/messages/${messageId}/recipients?${params}`, () =>
    import("@/lib/core/dto/message").then((module) => module.recipientPageSchema),
  );
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
        <ToggleGroup
          label={t("readTitle")}
          value={read}
          onChange={setRead}
          options={[
            { value: "", label: t("everyoneTab"), testId: "read-filter-all" },
            { value: "read", label: t("readersTab"), testId: "read-filter-read" },
            { value: "unread", label: t("nonReadersTab"), testId: "read-filter-unread" },
          ]}
        />
        <FilterSelect
          label={t("state")}
          inline
          value={state}
          onChange={(event) => setState(event.target.value as RecipientState | "")}
          data-testid="recipient-state-filter"
          emptyLabel={t("filterAll")}
          options={recipientStates.map((value) => ({ value, label: tState(value) }))}
        />
        <FilterSearch
          label={t("searchRecipients")}
          hideLabel
          placeholder={t("searchRecipients")}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          data-testid="recipient-search"
        />
      </div>
      <div className="overflow-hidden rounded-md border border-border">
        <Table>
          <TableColumns
            className="bg-background"
            columns={[t("userId"), t("state"), t("reason"), t("readAt"), t("updated")]}
          />
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.userId} data-testid="recipient-row" data-state={row.state}>
                <TableCell className="font-mono text-xs">{row.userId}</TableCell>
                <TableCell className="whitespace-nowrap">{tState(row.state)}</TableCell>
                <TableCell className="text-xs text-muted">
                  {reasonText(row.code)}
                  {row.code && <span className="ml-1 font-mono">({row.code})</span>}
                </TableCell>
                <TableCell className="whitespace-nowrap text-xs tabular-nums" data-testid="recipient-read-at">
                  {row.readAt
                    ? format.dateTime(new Date(row.readAt), { dateStyle: "short", timeStyle: "medium" })
                    : "—"}
                </TableCell>
                <TableCell className="whitespace-nowrap text-xs tabular-nums">
                  {format.dateTime(new Date(row.updatedAt), { dateStyle: "short", timeStyle: "medium" })}
                </TableCell>
              </TableRow>
            ))}
            {rows.length === 0 && !query.isLoading && (
              <TableRow>
                <TableCell colSpan={5} className="py-6 text-center text-muted">
                  {t("noRecipients")}
                </TableCell>
              </TableRow>
            )}
          </TableBody>
        </Table>
      </div>
      {query.hasNextPage && (
        <div>
          <Button
            variant="secondary"
            size="sm"
            onClick={() => void query.fetchNextPage()}
            disabled={query.isFetchingNextPage}
          >
            {t("loadMore")}
          </Button>
        </div>
      )}
    </div>
  );
}
