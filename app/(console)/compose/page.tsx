import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { ComposeForm } from "@/components/compose/compose-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/runtime/session";
import { listTemplates, loadDraft } from "@/lib/messages/drafts";
import { buildReminder } from "@/lib/receipts/remind";
import { getMonthlyUsage } from "@/lib/ledger/usage";
import { getRuntime } from "@/lib/runtime/runtime";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("compose"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ComposePage({ searchParams }: Props) {
  // Composing is a sender's job; viewers get the 403 page rather than a form whose actions refuse them.
  const session = await requireRole("sender");
  const { database, connection } = await getRuntime();
  const remind = z.uuid().safeParse((await searchParams).remind);
  const [t, usage, draft, templates, reminder] = await Promise.all([
    getTranslations("compose"),
    getMonthlyUsage(database.db, connection.monthlyQuota),
    // Drafts belong to the signed-in person: the message actions save and clear them under their id.
    loadDraft(database.db, session.user.id),
    listTemplates(database.db),
    // "Remind non-readers": the original content, addressed to who has not read it yet.
    remind.success ? buildReminder(database.db, remind.data) : null,
  ]);
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("title")} description={t("description")} />
      <ComposeForm
        robotCodes={connection.robotCodes}
        limits={{ qps: connection.qps, monthlyQuota: usage.quota, usedThisMonth: usage.used }}
        draft={draft?.payload ?? null}
        templates={templates}
        initial={
          reminder ? { message: reminder.message, audience: { type: "users", userIds: reminder.userIds } } : undefined
        }
        remindOf={reminder?.remindOf}
      />
    </div>
  );
}
