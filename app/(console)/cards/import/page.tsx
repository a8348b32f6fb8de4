import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ImportForm } from "@/components/cards/import-form";
import { Card } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("cards.import"))("title") };
}

export default async function ImportCardPage() {
  await requireRole("sender");
  const t = await getTranslations("cards.import");
  return (
    <div className="flex max-w-4xl flex-col gap-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
        <p className="mt-1 text-sm text-muted">{t("intro")}</p>
      </div>
      <Card>
        <ImportForm />
      </Card>
    </div>
  );
}
