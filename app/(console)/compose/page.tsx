import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ComposeForm } from "@/components/compose/compose-form";
import { requireRole } from "@/lib/auth/session";
import { listTemplates, loadDraft } from "@/lib/broadcasts/drafts";
import { getMonthlyUsage } from "@/lib/ledger/usage";
import { getRuntime } from "@/lib/server/runtime";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("compose"))("title") };
}

export default async function ComposePage() {
  // Composing is a sender's job; viewers get the 403 page rather than a form whose actions refuse them.
  const session = await requireRole("sender");
  const { database, connection } = await getRuntime();
  const [t, usage, draft, templates] = await Promise.all([
    getTranslations("compose"),
    getMonthlyUsage(database.db, connection.monthlyQuota),
    // Drafts belong to the signed-in person: the broadcast actions save and clear them under their id.
    loadDraft(database.db, session.user.id),
    listTemplates(database.db),
  ]);
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
        <p className="mt-1 text-sm text-muted">{t("description")}</p>
      </div>
      <ComposeForm
        robotCodes={connection.robotCodes}
        limits={{ qps: connection.qps, monthlyQuota: usage.quota, usedThisMonth: usage.used }}
        draft={draft?.payload ?? null}
        templates={templates}
      />
    </div>
  );
}
