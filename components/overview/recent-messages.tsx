import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/messages/status-badge";
import type { RecentMessage } from "@/lib/core/dto/overview";
import { RecentCard } from "./recent-card";

export async function RecentMessages({ messages }: { messages: RecentMessage[] }) {
  const [t, format] = await Promise.all([getTranslations("overview"), getFormatter()]);
  return (
    <RecentCard title={t("recentMessages")} empty={messages.length === 0 ? t("noMessages") : undefined}>
      <ul className="mt-3 divide-y divide-border">
        {messages.map((message) => (
          <li
            key={message.id}
            className="flex flex-wrap items-center justify-between gap-3 py-2.5"
            data-testid="recent-message"
          >
            <div className="min-w-0">
              <Link href={`/messages/${message.id}`} className="font-medium text-primary hover:underline">
                {message.title}
              </Link>
              <p className="text-xs text-muted">
                {format.dateTime(new Date(message.createdAt), { dateStyle: "medium", timeStyle: "short" })}
              </p>
            </div>
            <div className="flex items-center gap-3 text-sm">
              <span className="tabular-nums text-muted">
                {message.audienceType === "users" && message.delivered > 0
                  ? t("readRate", {
                      rate: message.readers / message.delivered,
                      readers: message.readers,
                      delivered: message.delivered,
                    })
                  : t("readers", { readers: message.readers })}
              </span>
              <StatusBadge status={message.status} />
            </div>
          </li>
        ))}
      </ul>
    </RecentCard>
  );
}
