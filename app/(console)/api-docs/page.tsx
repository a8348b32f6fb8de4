import type { Metadata } from "next";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { JsonBlock, OperationView } from "@/components/api-docs/operation";
import { Card, CardDescription, CardTitle } from "@/components/ui/card";
import { buildOpenApiDocument, problemDescriptions } from "@/lib/api/openapi";
import { problemKinds, type ProblemKind } from "@/lib/api/problem";
import { requireSession } from "@/lib/auth/session";
import { configuredAppUrl } from "@/lib/env";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("apiDocs"))("title") };
}

/** The OpenAPI document rendered here, from the same builder as /api/v1/openapi.json: no external viewer. */
export default async function ApiDocsPage() {
  await requireSession();
  const t = await getTranslations("apiDocs");
  const document = buildOpenApiDocument({ serverUrl: configuredAppUrl() ?? null });
  // The example names this console as the reader reached it, unless a public URL is configured.
  const base = configuredAppUrl() ?? `http://${(await headers()).get("host") ?? "localhost:3000"}`;
  const curl = `curl -X POST ${base}/api/v1/messages \\\n  -H "Authorization: Bearer $DINGCAST_API_KEY" \\\n  -H "Content-Type: application/json" \\\n  -H "Idempotency-Key: $(uuidgen)" \\\n  -d '{"msgKey":"sampleText","msgParam":{"content":"Hello"},"audience":{"userIds":["manager4220"]}}'`;
  return (
    <div className="flex flex-col gap-6" data-testid="api-docs">
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
        <p className="max-w-3xl text-sm text-muted">{t("intro")}</p>
        <p className="text-sm">
          <a href="/api/v1/openapi.json" className="text-primary underline underline-offset-2" data-testid="openapi-link">
            {t("download")}
          </a>{" "}
          <span className="text-muted">· OpenAPI {document.openapi} · v{document.info.version}</span>
        </p>
        <pre className="overflow-auto rounded-md bg-background p-3 font-mono text-xs" tabIndex={0}>
          {curl}
        </pre>
      </div>
      <section className="flex flex-col gap-4" aria-labelledby="api-endpoints">
        <h2 id="api-endpoints" className="text-lg font-semibold">
          {t("endpoints")}
        </h2>
        {Object.entries(document.paths).flatMap(([path, methods]) =>
          Object.entries(methods).map(([method, operation]) => <OperationView key={`${method} ${path}`} document={document} method={method} path={path} operation={operation} />),
        )}
      </section>
      <Card>
        <CardTitle>{t("problems")}</CardTitle>
        <CardDescription>{t("problemsIntro")}</CardDescription>
        <dl className="mt-4 grid gap-x-6 gap-y-3 text-sm sm:grid-cols-[16rem_1fr]">
          {(Object.keys(problemKinds) as ProblemKind[]).map((kind) => (
            <div key={kind} id={`problem-${kind}`} className="contents" data-testid="api-problem">
              <dt className="font-mono text-xs">
                {problemKinds[kind].status} {kind}
                <div className="font-sans text-muted">{problemKinds[kind].title}</div>
              </dt>
              <dd>{problemDescriptions[kind]}</dd>
            </div>
          ))}
        </dl>
      </Card>
      <section className="flex flex-col gap-2" aria-labelledby="api-schemas">
        <h2 id="api-schemas" className="text-lg font-semibold">
          {t("schemas")}
        </h2>
        {Object.entries(document.components.schemas).map(([name, schema]) => (
          <details key={name} id={`schema-${name}`} className="rounded-md border border-border bg-surface p-3 text-sm">
            <summary className="cursor-pointer font-mono font-semibold">{name}</summary>
            <JsonBlock value={schema} />
          </details>
        ))}
      </section>
    </div>
  );
}
