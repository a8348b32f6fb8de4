import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import type { OpenApiDocument, OpenApiMediaType, OpenApiOperation, OpenApiResponse } from "@/lib/core/openapi-types";

function JsonBlock({ value, label }: { value: unknown; label?: string }) {
  return (
    <figure className="flex flex-col gap-1">
      {label && <figcaption className="text-xs text-muted">{label}</figcaption>}
      <pre
        className="max-h-96 overflow-auto rounded-md bg-background p-3 font-mono text-xs leading-relaxed"
        tabIndex={0}
      >
        {JSON.stringify(value, null, 2)}
      </pre>
    </figure>
  );
}

function examplesOf(media: OpenApiMediaType | undefined): { label: string; value: unknown }[] {
  if (!media) return [];
  if (media.examples)
    return Object.values(media.examples).map((example) => ({ label: example.summary, value: example.value }));
  return media.example === undefined ? [] : [{ label: "", value: media.example }];
}

/** A `#/components/responses/X` reference resolved against the document, so each status shows its text. */
function resolve(document: OpenApiDocument, response: OpenApiResponse | { $ref: string }): OpenApiResponse | null {
  if (!("$ref" in response)) return response;
  return document.components.responses[response.$ref.split("/").pop() ?? ""] ?? null;
}

export async function OperationView({
  document,
  method,
  path,
  operation,
}: {
  document: OpenApiDocument;
  method: string;
  path: string;
  operation: OpenApiOperation;
}) {
  const t = await getTranslations("apiDocs");
  const body = operation.requestBody?.content["application/json"];
  return (
    <Card
      id={operation.operationId}
      data-testid="api-operation"
      data-operation={operation.operationId}
      className="flex flex-col gap-4"
    >
      <div className="flex flex-wrap items-center gap-2">
        <Badge tone={method === "get" ? "success" : "warning"} className="font-mono uppercase">
          {method}
        </Badge>
        <code className="font-mono text-sm font-semibold">{path}</code>
        <Badge>{t("scope", { scope: operation["x-dingcast-scope"] })}</Badge>
      </div>
      <div>
        <h3 className="font-semibold">{operation.summary}</h3>
        <p className="mt-1 whitespace-pre-line text-sm text-muted">{operation.description}</p>
      </div>
      {operation.parameters && operation.parameters.length > 0 && (
        <section>
          <h4 className="text-sm font-medium">{t("parameters")}</h4>
          <ul className="mt-2 flex flex-col gap-1 text-sm">
            {operation.parameters.map((parameter) => (
              <li key={`${parameter.in}-${parameter.name}`}>
                <code className="font-mono">{parameter.name}</code>{" "}
                <span className="text-xs text-muted">
                  ({t("in", { location: parameter.in })}
                  {parameter.required ? `, ${t("required")}` : ""})
                </span>
                {parameter.description && <span className="text-muted"> — {parameter.description}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
      {body && (
        <section className="flex flex-col gap-2">
          <h4 className="text-sm font-medium">{t("requestBody")}</h4>
          {examplesOf(body).map((example) => (
            <JsonBlock key={example.label} label={`${t("example")}: ${example.label}`} value={example.value} />
          ))}
        </section>
      )}
      <section className="flex flex-col gap-2">
        <h4 className="text-sm font-medium">{t("responses")}</h4>
        {Object.entries(operation.responses).map(([status, raw]) => {
          const response = resolve(document, raw);
          if (!response) return null;
          const example = examplesOf(
            response.content?.["application/json"] ?? response.content?.["application/problem+json"],
          )[0];
          return (
            <details key={status} className="rounded-md border border-border p-2 text-sm">
              <summary className="cursor-pointer">
                <span className="font-mono font-semibold">{status}</span> {response.description}
              </summary>
              {example && <JsonBlock value={example.value} />}
            </details>
          );
        })}
      </section>
    </Card>
  );
}

export { JsonBlock };
