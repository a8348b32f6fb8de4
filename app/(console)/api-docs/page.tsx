import type { Metadata } from "next";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { JsonBlock, OperationView } from "@/components/api-docs/operation";
import type { ReactNode } from "react";
import { Card, CardDescription, CardTitle } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { PageHeader } from "@/components/ui/page-header";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { problemDescriptions } from "@/lib/api/openapi-parts";
import { problemKinds, type ProblemKind } from "@/lib/core/problem";
import { requireSession } from "@/lib/runtime/session";
import { configuredAppUrl } from "@/lib/env";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("apiDocs"))("title") };
}

/** A section named by its h2 (the id links them for screen readers and gives it an anchor). */
function DocSection({
  id,
  title,
  className,
  children,
}: {
  id: string;
  title: string;
  className: string;
  children: ReactNode;
}) {
  return (
    <section className={cn("flex flex-col", className)} aria-labelledby={id}>
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
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
      <PageHeader title={t("title")} description={t("intro")}>
        <p className="mt-2 text-sm">
          <a
            href="/api/v1/openapi.json"
            className="text-primary underline underline-offset-2"
            data-testid="openapi-link"
          >
            {t("download")}
          </a>{" "}
          <span className="text-muted">
            · OpenAPI {document.openapi} · v{document.info.version}
          </span>
        </p>
        <pre className="mt-2 overflow-auto rounded-md bg-background p-3 font-mono text-xs" tabIndex={0}>
          {curl}
        </pre>
      </PageHeader>
      <DocSection id="api-endpoints" title={t("endpoints")} className="gap-4">
        {Object.entries(document.paths).flatMap(([path, methods]) =>
          Object.entries(methods).map(([method, operation]) => (
            <OperationView
              key={`${method} ${path}`}
              document={document}
              method={method}
              path={path}
              operation={operation}
            />
          )),
        )}
      </DocSection>
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
      <DocSection id="api-schemas" title={t("schemas")} className="gap-2">
        {Object.entries(document.components.schemas).map(([name, schema]) => (
          <details key={name} id={`schema-${name}`} className="rounded-md border border-border bg-surface p-3 text-sm">
            <summary className="cursor-pointer font-mono font-semibold">{name}</summary>
            <JsonBlock value={schema} />
          </details>
        ))}
      </DocSection>
    </div>
  );
}
