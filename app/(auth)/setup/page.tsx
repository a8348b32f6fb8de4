import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SetupForm } from "@/components/auth/setup-form";
import { Card, CardDescription } from "@/components/ui/card";
import { getRuntime } from "@/lib/server/runtime";
import { countUsers } from "@/lib/users/users";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.setup"))("title") };
}

// First run only: once any account exists this page sends everyone to the sign-in page.
export default async function SetupPage() {
  const { database } = await getRuntime();
  if ((await countUsers(database.db)) > 0) redirect("/login");
  const t = await getTranslations("auth.setup");
  return (
    <Card className="p-6">
      <h1 className="text-xl font-semibold tracking-tight">{t("title")}</h1>
      <CardDescription className="mb-6">{t("subtitle")}</CardDescription>
      <SetupForm />
    </Card>
  );
}
