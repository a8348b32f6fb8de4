import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ApiKeysCard } from "@/components/settings/api-keys-card";
import { CredentialsForm } from "@/components/settings/credentials-form";
import { TestConnectionButton } from "@/components/settings/test-connection-button";
import { Badge } from "@/components/ui/badge";
import { Card, CardDescription, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { hasRole } from "@/lib/core/roles";
import { requireSession } from "@/lib/runtime/session";
import { listApiKeys } from "@/lib/api-keys/keys";
import { getRuntime } from "@/lib/runtime/runtime";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings"))("title") };
}

export default async function SettingsPage() {
  // Everyone may read the connection; testing it is for senders, changing it for admins.
  const session = await requireSession();
  const isAdmin = hasRole(session.user.role, "admin");
  const [{ connection, database }, t, tCredentials] = await Promise.all([
    getRuntime(),
    getTranslations("settings"),
    getTranslations("credentials"),
  ]);
  const rows: { label: string; value: React.ReactNode; testId: string }[] = [
    {
      label: t("mode"),
      value: connection.mode === "sandbox" ? t("modeSandbox") : t("modeLive"),
      testId: "setting-mode",
    },
    {
      label: t("apiBase"),
      value: <span className="font-mono text-xs">{connection.apiBase}</span>,
      testId: "setting-api-base",
    },
    {
      label: t("appKey"),
      value: connection.appKeyMasked ? (
        <span className="font-mono">{connection.appKeyMasked}</span>
      ) : (
        <Badge>{t("notConfigured")}</Badge>
      ),
      testId: "setting-app-key",
    },
    {
      label: t("appSecret"),
      value: (
        <span className="flex items-center gap-2">
          <Badge tone={connection.appSecretConfigured ? "success" : "neutral"}>
            {connection.appSecretConfigured ? t("configured") : t("notConfigured")}
          </Badge>
          {connection.appSecretMasked && (
            <span className="font-mono text-xs text-muted">{connection.appSecretMasked}</span>
          )}
        </span>
      ),
      testId: "setting-app-secret",
    },
    {
      label: t("robotCodes"),
      value:
        connection.robotCodes.length > 0 ? (
          <span className="flex flex-wrap gap-2">
            {connection.robotCodes.map((code) => (
              <Badge key={code} className="font-mono">
                {code}
              </Badge>
            ))}
          </span>
        ) : (
          t("noRobots")
        ),
      testId: "setting-robot-codes",
    },
    { label: t("qps"), value: t("qpsValue", { qps: connection.qps }), testId: "setting-qps" },
    { label: t("quota"), value: connection.monthlyQuota.toLocaleString(), testId: "setting-quota" },
  ];

  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("title")} />
      <Card>
        <CardTitle>{t("connectionTitle")}</CardTitle>
        <CardDescription>{t("connectionDescription")}</CardDescription>
        <dl className="mt-4 grid gap-x-6 gap-y-3 text-sm sm:grid-cols-[12rem_1fr]">
          {rows.map((row) => (
            <div key={row.testId} className="contents">
              <dt className="text-muted">{row.label}</dt>
              <dd data-testid={row.testId}>{row.value}</dd>
            </div>
          ))}
        </dl>
        {hasRole(session.user.role, "sender") && (
          <div className="mt-6">
            <TestConnectionButton />
          </div>
        )}
      </Card>
      <Card data-testid="credentials-card">
        <CardTitle>{tCredentials("title")}</CardTitle>
        <CardDescription>{tCredentials("description")}</CardDescription>
        <p className="mt-3 text-sm" data-testid="credentials-source">
          <span className="text-muted">{tCredentials("source")}:</span> {tCredentials(`sources.${connection.source}`)}
        </p>
        {!hasRole(session.user.role, "admin") ? (
          <p className="mt-3 text-sm text-muted">{tCredentials("readOnly")}</p>
        ) : connection.source === "environment" ? (
          <p className="mt-3 text-sm text-muted" data-testid="credentials-environment">
            {tCredentials("environmentNotice")}
          </p>
        ) : (
          <CredentialsForm
            saved={connection.source === "settings"}
            robotCodes={connection.source === "settings" ? connection.robotCodes : []}
            secretMask={connection.appSecretMasked}
          />
        )}
      </Card>
      {isAdmin && <ApiKeysCard apiKeys={await listApiKeys(database.db)} />}
    </div>
  );
}
