import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AuthField } from "@/components/auth/auth-field";
import { AuthForm } from "@/components/auth/auth-form";
import { accountValidationMessages } from "@/components/auth/auth-messages";
import { ShieldCheckIcon } from "@/components/shell/static-icons";
import { Button } from "@/components/ui/button";
import { Card, CardDescription } from "@/components/ui/card";
import { setupAction } from "@/lib/actions/auth";
import { getRuntime } from "@/lib/runtime/runtime";
import { countUsers } from "@/lib/users/users";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.setup"))("title") };
}

// First run only: once any account exists this page sends everyone to the sign-in page.
export default async function SetupPage() {
  const { database } = await getRuntime();
  if ((await countUsers(database.db)) > 0) redirect("/login");
  const [t, messages] = await Promise.all([getTranslations("auth.setup"), accountValidationMessages()]);
  return (
    <Card className="p-6">
      <h1 className="text-xl font-semibold tracking-tight">{t("title")}</h1>
      <CardDescription className="mb-6">{t("subtitle")}</CardDescription>
      <AuthForm
        action={setupAction}
        fields={["name", "email", "password", "confirmPassword"]}
        messages={messages}
        testId="setup-form"
        submit={
          <Button type="submit" className="mt-2">
            <ShieldCheckIcon className="size-4" />
            {t("submit")}
          </Button>
        }
      >
        <AuthField name="name" label={t("name")} autoComplete="name" autoFocus />
        <AuthField name="email" label={t("email")} type="email" autoComplete="username" />
        <AuthField
          name="password"
          label={t("password")}
          help={t("passwordHelp")}
          type="password"
          autoComplete="new-password"
        />
        <AuthField name="confirmPassword" label={t("confirmPassword")} type="password" autoComplete="new-password" />
      </AuthForm>
    </Card>
  );
}
