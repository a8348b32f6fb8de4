import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ImportForm } from "@/components/cards/import-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/runtime/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("cards.import"))("title") };
}

export default async function ImportCardPage() {
  await requireRole("sender");
  const t = await getTranslations("cards.import");
  return (
    <div className="flex max-w-4xl flex-col gap-6">
      <PageHeader title={t("title")} description={t("intro")} />
      <Card>
        <ImportForm />
      </Card>
    </div>
  );
}
