import { ArrowLeft } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { z } from "zod";
import { MessagePreview } from "@/components/message-preview/message-preview";
import { MessageLive } from "@/components/messages/message-live";
import { Card, CardTitle } from "@/components/ui/card";
import { hasRole } from "@/lib/core/roles";
import { getSession, requireSession } from "@/lib/runtime/session";
import { getMessageDetail } from "@/lib/messages/queries";
import { getRuntime } from "@/lib/runtime/runtime";

type Props = { params: Promise<{ id: string }> };

async function load(id: string) {
  if (!z.uuid().safeParse(id).success) return null;
  const { database } = await getRuntime();
  return getMessageDetail(database.db, id);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const generic = { title: (await getTranslations("messageList"))("title") };
  // Metadata renders even when the page redirects to sign-in: read no record for a caller the page turns away.
  if (!(await getSession())) return generic;
  const detail = await load((await params).id);
  return detail ? { title: detail.title } : generic;
}

export default async function MessagePage({ params }: Props) {
  const session = await requireSession();
  const detail = await load((await params).id);
  if (!detail) notFound();
  const [t, format] = await Promise.all([getTranslations("messageDetail"), getFormatter()]);
  return (
    <div className="flex flex-col gap-6">
      <Link href="/messages" className="flex w-fit items-center gap-1 text-sm text-muted hover:text-foreground">
        <ArrowLeft aria-hidden className="size-4" /> {t("back")}
      </Link>
      <div>
        <h1 className="text-2xl font-semibold tracking-tight" data-testid="message-title">
          {detail.title}
        </h1>
        <p className="mt-1 text-sm text-muted">
          {t("createdAt", {
            at: format.dateTime(new Date(detail.createdAt), { dateStyle: "medium", timeStyle: "short" }),
          })}{" "}
          · {t("robot")} <span className="font-mono">{detail.robotCode}</span> · {t("audience")}{" "}
          {detail.audienceType === "users"
            ? t("audienceUsers", { count: detail.recipientCount })
            : t("audienceConversation", { id: detail.openConversationId ?? "" })}
        </p>
      </div>
      <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
        <MessageLive initial={detail} canManage={hasRole(session.user.role, "sender")} />
        <Card className="h-fit">
          <CardTitle>{t("content")}</CardTitle>
          <div className="mt-4">
            <MessagePreview msgKey={detail.msgKey} msgParam={detail.msgParam} robotName={detail.robotCode} />
          </div>
        </Card>
      </div>
    </div>
  );
}
