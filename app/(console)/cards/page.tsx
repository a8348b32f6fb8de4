import { Plus } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Gallery } from "@/components/cards/gallery";
import { PageHeader } from "@/components/ui/page-header";
import { hasRole } from "@/lib/core/roles";
import { requireSession } from "@/lib/runtime/session";
import { listCardTemplates } from "@/lib/cards/store";
import { getRuntime } from "@/lib/runtime/runtime";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("cards.gallery"))("title") };
}

export default async function CardsPage() {
  const session = await requireSession();
  const canEdit = hasRole(session.user.role, "sender");
  const { database } = await getRuntime();
  const [t, templates] = await Promise.all([getTranslations("cards.gallery"), listCardTemplates(database.db)]);
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title={t("title")}
        description={t("intro")}
        actions={
          canEdit ? (
            <Link
              href="/cards/import"
              className="inline-flex h-9 items-center gap-2 rounded-md bg-primary px-4 text-sm font-medium text-primary-foreground hover:bg-primary/90"
              data-testid="import-link"
            >
              <Plus aria-hidden="true" className="size-4" />
              {t("import")}
            </Link>
          ) : null
        }
      >
        {canEdit ? null : <p className="mt-1 text-sm text-muted">{t("viewerHint")}</p>}
      </PageHeader>
      <Gallery
        canEdit={canEdit}
        items={templates.map((template) => ({
          id: template.id,
          name: template.name,
          cardTemplateId: template.cardTemplateId,
          api: template.api,
          variables: template.variables,
          mockData: template.mockData,
          tree: template.tree,
          widgetInfo: template.widgetInfo,
          updatedAt: template.updatedAt,
        }))}
      />
    </div>
  );
}
