import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "@/components/auth/sign-in-form";
import { Card, CardDescription } from "@/components/ui/card";
import { getSession } from "@/lib/auth/session";
import { safeReturnPath } from "@/lib/auth/sign-in-errors";
import { getRuntime } from "@/lib/server/runtime";
import { countUsers } from "@/lib/users/users";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.login"))("submit") };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const { database } = await getRuntime();
  if ((await countUsers(database.db)) === 0) redirect("/setup");
  const next = safeReturnPath((await searchParams).next);
  if (await getSession()) redirect(next);
  const t = await getTranslations("auth.login");
  return (
    <Card className="p-6">
      <h1 className="text-xl font-semibold tracking-tight">{t("title")}</h1>
      <CardDescription className="mb-6">{t("subtitle")}</CardDescription>
      <SignInForm next={next} />
    </Card>
  );
}
