import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card, CardDescription, CardTitle } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableColumns, TableRow } from "@/components/ui/table";
import type { ApiKeySummary } from "@/lib/core/dto/api-key";
import { ApiKeyRevokeButton } from "./api-key-revoke";
import { ApiKeysForm } from "./api-keys-form";

const columns = ["name", "prefix", "scopes", "created", "lastUsed", "expires", "status"] as const;

type KeyStatus = "active" | "revoked" | "expired";

/** Each key with its status as of this request (a server component renders once per request). */
function withStatus(keys: ApiKeySummary[], now = Date.now()): (ApiKeySummary & { status: KeyStatus })[] {
  return keys.map((key) => ({
    ...key,
    status: key.revokedAt
      ? "revoked"
      : key.expiresAt && new Date(key.expiresAt).getTime() <= now
        ? "expired"
        : "active",
  }));
}

/** Settings → API keys, for administrators (the page renders it only for them; the actions check again). */
export async function ApiKeysCard({ apiKeys }: { apiKeys: ApiKeySummary[] }) {
  const [t, format] = await Promise.all([getTranslations("apiKeys"), getFormatter()]);
  const keys = withStatus(apiKeys);
  const when = (value: string | null) =>
    value ? format.dateTime(new Date(value), { dateStyle: "medium", timeStyle: "short" }) : t("never");
  return (
    <Card data-testid="api-keys-card">
      <CardTitle>{t("title")}</CardTitle>
      <CardDescription>
        {t("description")}{" "}
        <Link href="/api-docs" className="text-primary underline underline-offset-2">
          {t("docsLink")}
        </Link>
      </CardDescription>
      <ApiKeysForm />
      {keys.length === 0 ? (
        <p className="mt-4 text-sm text-muted">{t("empty")}</p>
      ) : (
        <Table className="mt-4" data-testid="api-keys-table">
          <TableColumns columns={[...columns.map((column) => t(`columns.${column}`)), ""]} />
          <TableBody>
            {keys.map((key) => {
              const status = key.status;
              return (
                <TableRow key={key.id} data-testid="api-key-row" data-name={key.name} data-status={status}>
                  <TableCell>{key.name}</TableCell>
                  <TableCell className="font-mono text-xs">{key.prefix}…</TableCell>
                  <TableCell>{key.scopes.join(", ")}</TableCell>
                  <TableCell className="whitespace-nowrap text-muted">{when(key.createdAt)}</TableCell>
                  <TableCell className="whitespace-nowrap text-muted">{when(key.lastUsedAt)}</TableCell>
                  <TableCell className="whitespace-nowrap text-muted">{when(key.expiresAt)}</TableCell>
                  <TableCell>
                    <Badge tone={status === "active" ? "success" : "neutral"}>{t(`status.${status}`)}</Badge>
                  </TableCell>
                  <TableCell>{status === "active" && <ApiKeyRevokeButton id={key.id} name={key.name} />}</TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
    </Card>
  );
}
