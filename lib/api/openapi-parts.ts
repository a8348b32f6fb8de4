import { z } from "zod";
import type { JsonObject, OpenApiOperation, OpenApiParameter, OpenApiResponse } from "@/lib/core/openapi-types";
import { problemKinds, type ProblemKind } from "@/lib/core/problem";
import { recipientsQuerySchema } from "./v1.schema";

/**
 * The building blocks of the /api/v1 OpenAPI document (openapi.ts): problem responses and their
 * descriptions, examples, shared parameters and the operation shape.
 */

/** What each kind of problem means; shown in the document and on the console's API page. */
export const problemDescriptions: Record<ProblemKind, string> = {
  "bad-request": "The body is not valid JSON, or a header such as Idempotency-Key is malformed.",
  validation:
    "The body or query is invalid; `errors` maps each field path (msgParam.content, audience.userIds.3) to what is wrong with it. A body that is not JSON is a 400 of type bad-request.",
  unauthorized: "No API key, or one that is unknown, revoked or expired.",
  "signed-out": "Console routes only: the browser's session has ended; sign in again.",
  forbidden: "The key lacks the scope this operation needs.",
  "role-missing": "Console routes only: the signed-in person's role does not allow this.",
  "not-found": "No message (or card template) has this id.",
  "method-not-allowed": "The path exists but does not take this HTTP method; the Allow header lists those it takes.",
  conflict:
    "The message is not in a state that allows this (a recall after 24 hours, a reminder with nobody left to remind); a reused Idempotency-Key is also a 409, of type idempotency-conflict.",
  "idempotency-conflict":
    "The Idempotency-Key was already used with a different request, or its first request is still running.",
  "payload-too-large":
    "The body is larger than 8 MiB (8,388,608 bytes): decided from Content-Length before the body is read, or while a chunked body streams.",
  "unsupported-media-type": "The body is not sent as application/json.",
  "rate-limited": "The key sent too fast; retry after the number of seconds in Retry-After.",
  internal: "Unexpected server error; `requestId` finds it in the server log.",
};

export function jsonSchema(schema: z.core.$ZodType, io: "input" | "output"): JsonObject {
  const generated: JsonObject = z.toJSONSchema(schema, { target: "draft-2020-12", io, unrepresentable: "any" });
  // Each component is embedded in the document; the dialect is declared once, at the top.
  const { $schema: _dialect, ...rest } = generated;
  return rest;
}

export const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const problemRef = (name: string) => ({ $ref: `#/components/responses/${name}` });

export function problemResponse(kind: ProblemKind, extra: Pick<OpenApiResponse, "headers"> = {}): OpenApiResponse {
  const { status, title } = problemKinds[kind];
  const description = problemDescriptions[kind];
  return {
    description,
    content: {
      "application/problem+json": {
        schema: ref("Problem"),
        example: { type: `/api-docs#problem-${kind}`, title, status, detail: description },
      },
    },
    ...extra,
  };
}

export const exampleId = "0b7d3f8e-4c1a-4e55-9a0d-2f6f1c9b8e21";

export const sendExamples = {
  text: {
    summary: "Plain text to three people",
    value: {
      msgKey: "sampleText",
      msgParam: { content: "The office is closed on Friday." },
      audience: { userIds: ["manager4220", "0425123456789", "hr-lee"] },
    },
  },
  markdownScheduled: {
    summary: "Markdown, scheduled",
    value: {
      msgKey: "sampleMarkdown",
      msgParam: {
        title: "Benefits enrolment",
        text: "## Enrolment opens Monday\n- Pick a plan by **June 30**\n- [Handbook](https://example.com/benefits)",
      },
      robotCode: "dingsandboxrobot",
      audience: { userIds: ["manager4220"] },
      sendAt: "2030-06-01T09:00:00+08:00",
    },
  },
  conversation: {
    summary: "Action card in a group conversation",
    value: {
      msgKey: "sampleActionCard",
      msgParam: {
        title: "Q3 budget",
        text: "Please review the Q3 budget.",
        singleTitle: "Open",
        singleURL: "https://example.com/budget",
      },
      audience: { openConversationId: "cidQ3finance==", coolAppCode: "COOLAPP-1-0123" },
    },
  },
};

export const idParameter: OpenApiParameter = {
  name: "id",
  in: "path",
  required: true,
  description: "The message id returned by POST /api/v1/messages.",
  schema: { type: "string", format: "uuid" },
};
export const idempotencyParameter: OpenApiParameter = {
  name: "Idempotency-Key",
  in: "header",
  required: false,
  description:
    "Any unique string (a UUID is ideal). A retry with the same key and the same body within 24 hours returns the first answer and sends nothing new; the same key with another body is a 409.",
  schema: { type: "string", minLength: 1, maxLength: 255 },
};

export function queryParameters(): OpenApiParameter[] {
  const schema = jsonSchema(recipientsQuerySchema, "input") as {
    properties: Record<string, JsonObject>;
    required?: string[];
  };
  return Object.entries(schema.properties).map(([name, property]) => {
    const { description, ...rest } = property;
    const parameter: OpenApiParameter = {
      name,
      in: "query",
      required: schema.required?.includes(name) ?? false,
      schema: rest,
    };
    if (typeof description === "string") parameter.description = description;
    return parameter;
  });
}

export function operation(options: {
  id: string;
  summary: string;
  description: string;
  scope: "send" | "read";
  ok: [string, OpenApiResponse];
  errors: string[];
  parameters?: OpenApiParameter[];
  body?: OpenApiOperation["requestBody"];
}): OpenApiOperation {
  const responses: OpenApiOperation["responses"] = { [options.ok[0]]: options.ok[1] };
  for (const name of options.errors) responses[problemStatus[name] ?? name] = problemRef(name);
  return {
    operationId: options.id,
    summary: options.summary,
    description: `${options.description}\n\nRequires the \`${options.scope}\` scope.`,
    tags: ["messages"],
    "x-dingcast-scope": options.scope,
    ...(options.parameters ? { parameters: options.parameters } : {}),
    ...(options.body ? { requestBody: options.body } : {}),
    responses,
  };
}

const problemStatus: Record<string, string> = {
  Validation: "400",
  Unauthorized: "401",
  Forbidden: "403",
  NotFound: "404",
  Conflict: "409",
  IdempotencyConflict: "409",
  UnsupportedMediaType: "415",
  RateLimited: "429",
  Internal: "500",
};

export const accepted = (description: string): [string, OpenApiResponse] => [
  "202",
  {
    description,
    headers: { Location: { description: "URL of the new message's status.", schema: { type: "string" } } },
    content: { "application/json": { schema: ref("Accepted"), example: { id: exampleId, status: "queued" } } },
  },
];
