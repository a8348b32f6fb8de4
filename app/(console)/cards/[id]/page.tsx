import { ArrowLeft } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CardEditor } from "@/components/cards/card-editor";
import { SettingsForm } from "@/components/cards/settings-form";
import { Card, CardTitle } from "@/components/ui/card";
import { hasRole } from "@/lib/core/roles";
import { getSession, requireSession } from "@/lib/runtime/session";
import { getCardTemplate } from "@/lib/cards/store";
import { getRuntime } from "@/lib/runtime/runtime";

interface Props {
  params: Promise<{ id: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const generic = { title: (await getTranslations("cards.gallery"))("title") };
  // Metadata renders even when the page redirects to sign-in: read no record for a caller the page turns away.
  if (!(await getSession())) return generic;
  const { database } = await getRuntime();
  const template = await getCardTemplate(database.db, (await params).id);
  return template ? { title: template.name } : generic;
}

export default async function CardTemplatePage({ params }: Props) {
  const session = await requireSession();
  const canSend = hasRole(session.user.role, "sender");
  const { database, connection } = await getRuntime();
  const template = await getCardTemplate(database.db, (await params).id);
  if (!template) notFound();
  const t = await getTranslations("cards");
  return (
    <div className="flex flex-col gap-6">
      <div>
        <Link href="/cards" className="inline-flex items-center gap-1 text-sm text-primary hover:underline">
          <ArrowLeft aria-hidden="true" className="size-4" />
          {t("editor.back")}
        </Link>
        <h1 className="mt-2 text-2xl font-semibold tracking-tight" data-testid="template-name">
          {template.name}
        </h1>
        <p className="mt-1 font-mono text-xs text-muted">{template.cardTemplateId}</p>
      </div>
      <CardEditor
        template={{
          id: template.id,
          name: template.name,
          variables: template.variables,
          mockData: template.mockData,
          tree: template.tree,
          widgetInfo: template.widgetInfo,
          eventChains: template.eventChains,
        }}
        robotCodes={connection.robotCodes}
        canSend={canSend}
      />
      <Card>
        <CardTitle>{t("settings.save")}</CardTitle>
        <div className="mt-4">
          <SettingsForm
            disabled={!canSend}
            initial={{
              id: template.id,
              name: template.name,
              cardTemplateId: template.cardTemplateId,
              api: template.api,
              callbackRouteKey: template.callbackRouteKey ?? "",
              supportForward: template.supportForward,
            }}
          />
        </div>
      </Card>
    </div>
  );
}
