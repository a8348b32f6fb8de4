import type { Metadata } from "next";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AuthField } from "@/components/auth/auth-field";
import { AuthForm } from "@/components/auth/auth-form";
import { accountValidationMessages } from "@/components/auth/auth-messages";
import { LogInIcon } from "@/components/shell/static-icons";
import { Button } from "@/components/ui/button";
import { Card, CardDescription } from "@/components/ui/card";
import { signInAction } from "@/lib/actions/auth";
import { getSession } from "@/lib/runtime/session";
import { requestOrigin, safeReturnPath } from "@/lib/auth/sign-in-errors";
import { getRuntime } from "@/lib/runtime/runtime";
import { countUsers } from "@/lib/users/users";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.login"))("submit") };
}

/** Rendered on the server; the form's only client code is AuthForm (components/auth/auth-form.tsx). */
export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const { database } = await getRuntime();
  if ((await countUsers(database.db)) === 0) redirect("/setup");
  // Checked here and again by the action: the form only ever carries a path on this origin.
  const next = safeReturnPath((await searchParams).next, requestOrigin(await headers()));
  if (await getSession()) redirect(next);
  const [t, messages] = await Promise.all([getTranslations("auth.login"), accountValidationMessages()]);
  return (
    <Card className="p-6">
      <h1 className="text-xl font-semibold tracking-tight">{t("title")}</h1>
      <CardDescription className="mb-6">{t("subtitle")}</CardDescription>
      <AuthForm
        action={signInAction}
        fields={["email", "password"]}
        messages={messages}
        clearOnError={["password"]}
        testId="sign-in-form"
        submit={
          <Button type="submit" className="mt-2">
            <LogInIcon className="size-4" />
            {t("submit")}
          </Button>
        }
      >
        <input type="hidden" name="next" value={next} />
        <AuthField name="email" label={t("email")} type="email" autoComplete="username" autoFocus />
        <AuthField name="password" label={t("password")} type="password" autoComplete="current-password" />
      </AuthForm>
    </Card>
  );
}
