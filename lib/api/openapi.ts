import { z } from "zod";
import { cardSendBodySchema } from "./cards.schema";
import type { JsonObject, OpenApiDocument, OpenApiOperation, OpenApiParameter, OpenApiResponse } from "./openapi-types";
import { problemKinds, type ProblemKind } from "./problem";
import { acceptedSchema, messageStatusSchema, problemSchema, recallResultSchema, recipientsPageSchema, recipientsQuerySchema, sendBodySchema } from "./v1.schema";

/**
 * The OpenAPI 3.1 document of /api/v1, generated from the zod schemas the endpoints validate
 * with (v1.schema.ts), so the document cannot promise what the code does not do. OpenAPI 3.1's
 * schema dialect is JSON Schema 2020-12, which is zod's own target.
 */


/** What each kind of problem means; shown in the document and on the console's API page. */
export const problemDescriptions: Record<ProblemKind, string> = {
  "bad-request": "The body is not valid JSON, or a header such as Idempotency-Key is malformed.",
  validation: "The body or query is invalid; `errors` maps each field path (msgParam.content, audience.userIds.3) to what is wrong with it. A body that is not JSON is a 400 of type bad-request.",
  unauthorized: "No API key, or one that is unknown, revoked or expired.",
  forbidden: "The key lacks the scope this operation needs.",
  "not-found": "No message (or card template) has this id.",
  conflict: "The message is not in a state that allows this (a recall after 24 hours, a reminder with nobody left to remind); a reused Idempotency-Key is also a 409, of type idempotency-conflict.",
  "idempotency-conflict": "The Idempotency-Key was already used with a different request, or its first request is still running.",
  "unsupported-media-type": "The body is not sent as application/json.",
  "rate-limited": "The key sent too fast; retry after the number of seconds in Retry-After.",
  internal: "Unexpected server error; `requestId` finds it in the server log.",
};

export function jsonSchema(schema: z.ZodType, io: "input" | "output"): JsonObject {
  const generated: JsonObject = z.toJSONSchema(schema, { target: "draft-2020-12", io, unrepresentable: "any" });
  // Each component is embedded in the document; the dialect is declared once, at the top.
  const { $schema: _dialect, ...rest } = generated;
  return rest;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const problemRef = (name: string) => ({ $ref: `#/components/responses/${name}` });

function problemResponse(kind: ProblemKind, extra: Pick<OpenApiResponse, "headers"> = {}): OpenApiResponse {
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

const exampleId = "0b7d3f8e-4c1a-4e55-9a0d-2f6f1c9b8e21";

const sendExamples = {
  text: {
    summary: "Plain text to three people",
    value: { msgKey: "sampleText", msgParam: { content: "The office is closed on Friday." }, audience: { userIds: ["manager4220", "0425123456789", "hr-lee"] } },
  },
  markdownScheduled: {
    summary: "Markdown, scheduled",
    value: {
      msgKey: "sampleMarkdown",
      msgParam: { title: "Benefits enrolment", text: "## Enrolment opens Monday\n- Pick a plan by **June 30**\n- [Handbook](https://example.com/benefits)" },
      robotCode: "dingsandboxrobot",
      audience: { userIds: ["manager4220"] },
      sendAt: "2030-06-01T09:00:00+08:00",
    },
  },
  conversation: {
    summary: "Action card in a group conversation",
    value: {
      msgKey: "sampleActionCard",
      msgParam: { title: "Q3 budget", text: "Please review the Q3 budget.", singleTitle: "Open", singleURL: "https://example.com/budget" },
      audience: { openConversationId: "cidQ3finance==", coolAppCode: "COOLAPP-1-0123" },
    },
  },
};

const idParameter: OpenApiParameter = { name: "id", in: "path", required: true, description: "The message id returned by POST /api/v1/messages.", schema: { type: "string", format: "uuid" } };
const idempotencyParameter: OpenApiParameter = {
  name: "Idempotency-Key",
  in: "header",
  required: false,
  description: "Any unique string (a UUID is ideal). A retry with the same key and the same body within 24 hours returns the first answer and sends nothing new; the same key with another body is a 409.",
  schema: { type: "string", minLength: 1, maxLength: 255 },
};

function queryParameters(): OpenApiParameter[] {
  const schema = jsonSchema(recipientsQuerySchema, "input") as { properties: Record<string, JsonObject>; required?: string[] };
  return Object.entries(schema.properties).map(([name, property]) => {
    const { description, ...rest } = property;
    const parameter: OpenApiParameter = { name, in: "query", required: schema.required?.includes(name) ?? false, schema: rest };
    if (typeof description === "string") parameter.description = description;
    return parameter;
  });
}

function operation(options: {
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

const accepted = (description: string): [string, OpenApiResponse] => [
  "202",
  { description, headers: { Location: { description: "URL of the new message's status.", schema: { type: "string" } } }, content: { "application/json": { schema: ref("Accepted"), example: { id: exampleId, status: "queued" } } } },
];

export interface OpenApiOptions {
  /** The console's public URL, when known; the document otherwise names the server relatively. */
  serverUrl?: string | null;
}

export function buildOpenApiDocument(options: OpenApiOptions = {}): OpenApiDocument {
  const sendBody = { required: true, content: { "application/json": { schema: ref("SendMessageRequest"), examples: sendExamples } } };
  return {
    openapi: "3.1.0",
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    info: {
      title: "Dingcast automation API",
      version: "1.0.0",
      description:
        "Send DingTalk bot announcements from your own systems and read back who has read them, with the console's validation, fan-out, audit trail and read tracking. Authenticate with `Authorization: Bearer <API key>` (Settings → API keys). Errors are RFC 9457 problem details.",
    },
    servers: [{ url: options.serverUrl ?? "/", description: "This Dingcast console" }],
    security: [{ apiKey: [] }],
    tags: [
      { name: "messages", description: "Announcements sent as bot messages" },
      { name: "cards", description: "Interactive cards from imported templates" },
    ],
    paths: {
      "/api/v1/messages": {
        post: operation({
          id: "sendMessage",
          summary: "Send or schedule a message",
          description: "Validates the message like the compose form (every msgKey), plans one DingTalk call per 20 recipients and returns at once; sending happens in the background. Counts against the key's send rate.",
          scope: "send",
          parameters: [idempotencyParameter],
          body: sendBody,
          ok: accepted("Planned. `status` is `queued`, or `scheduled` with sendAt."),
          errors: ["Validation", "Unauthorized", "Forbidden", "IdempotencyConflict", "UnsupportedMediaType", "RateLimited", "Internal"],
        }),
      },
      "/api/v1/messages/{id}": {
        get: operation({
          id: "getMessage",
          summary: "Status, delivery counts and reads",
          description: "Where the send stands and how many recipients have read it (reads are polled from DingTalk for 24 hours after sending).",
          scope: "read",
          parameters: [idParameter],
          ok: ["200", { description: "The message.", content: { "application/json": { schema: ref("MessageStatus"), example: { id: exampleId, status: "sent", recipients: 3, pending: 0, sent: 2, invalid: 1, throttled: 0, failed: 0, unknown: 0, read: 1, readRate: 0.5 } } } }],
          errors: ["Unauthorized", "Forbidden", "NotFound", "Internal"],
        }),
      },
      "/api/v1/messages/{id}/recipients": {
        get: operation({
          id: "listRecipients",
          summary: "Recipients, by state or read status",
          description: "One page of recipients ordered by userId. Follow nextCursor until it is null.",
          scope: "read",
          parameters: [idParameter, ...queryParameters()],
          ok: ["200", { description: "A page of recipients.", content: { "application/json": { schema: ref("RecipientPage"), example: { items: [{ userId: "hr-lee", state: "sent", readAt: "2030-06-01T09:03:12.000Z" }], nextCursor: "aHItbGVl" } } } }],
          errors: ["Validation", "Unauthorized", "Forbidden", "NotFound", "Internal"],
        }),
      },
      "/api/v1/messages/{id}/recall": {
        post: operation({
          id: "recallMessage",
          summary: "Recall a sent message",
          description: "Recalls every delivered DingTalk call of the message. DingTalk allows this within 24 hours of sending.",
          scope: "send",
          parameters: [idParameter, idempotencyParameter],
          ok: ["200", { description: "Recalled (failures are listed per call).", content: { "application/json": { schema: ref("RecallResult"), example: { id: exampleId, status: "recalled", recalled: 1, failed: [] } } } }],
          errors: ["Unauthorized", "Forbidden", "NotFound", "Conflict", "Internal"],
        }),
      },
      "/api/v1/messages/{id}/remind": {
        post: operation({
          id: "remindNonReaders",
          summary: "Remind the non-readers",
          description: "Sends the same content again to everyone it reached who has not read it, as a new message linked to this one. Counts against the key's send rate.",
          scope: "send",
          parameters: [idParameter, idempotencyParameter],
          ok: accepted("The reminder was planned; its id is a new message."),
          errors: ["Unauthorized", "Forbidden", "NotFound", "Conflict", "RateLimited", "Internal"],
        }),
      },
      "/api/v1/cards/{templateId}/messages": {
        post: {
          ...operation({
            id: "sendCard",
            summary: "Send an interactive card from a template",
            description:
              "Sends a card from a template imported on the console's Cards page, with its variables' values encoded by their types (DingTalk's limits apply per value). Fan-out, status, recipients, recall and read tracking are those of any message. Counts against the key's send rate.",
            scope: "send",
            parameters: [
              { name: "templateId", in: "path", required: true, description: "The template's id in Dingcast (Cards page), not DingTalk's cardTemplateId.", schema: { type: "string" } },
              idempotencyParameter,
            ],
            body: {
              required: true,
              content: {
                "application/json": {
                  schema: ref("SendCardRequest"),
                  examples: { users: { summary: "A card to two people", value: { values: { title: "Expense approved", amount: "1280.50" }, lastMessage: { en_US: "Expense approved" }, audience: { userIds: ["manager4220", "hr-lee"] } } } },
                },
              },
            },
            ok: accepted("Planned; follow it with GET /api/v1/messages/{id}."),
            errors: ["Validation", "Unauthorized", "Forbidden", "NotFound", "IdempotencyConflict", "UnsupportedMediaType", "RateLimited", "Internal"],
          }),
          tags: ["cards"],
        },
      },
    },
    components: {
      securitySchemes: { apiKey: { type: "http", scheme: "bearer", bearerFormat: "dck_<43 characters>", description: "An API key from Settings → API keys, with the scopes the operation needs." } },
      schemas: {
        SendMessageRequest: jsonSchema(sendBodySchema, "input"),
        SendCardRequest: jsonSchema(cardSendBodySchema, "input"),
        Accepted: jsonSchema(acceptedSchema, "output"),
        MessageStatus: jsonSchema(messageStatusSchema, "output"),
        RecipientPage: jsonSchema(recipientsPageSchema, "output"),
        RecallResult: jsonSchema(recallResultSchema, "output"),
        Problem: jsonSchema(problemSchema, "output"),
      },
      responses: {
        BadRequest: problemResponse("bad-request"),
        Validation: problemResponse("validation"),
        Unauthorized: problemResponse("unauthorized"),
        Forbidden: problemResponse("forbidden"),
        NotFound: problemResponse("not-found"),
        Conflict: problemResponse("conflict"),
        IdempotencyConflict: problemResponse("idempotency-conflict"),
        UnsupportedMediaType: problemResponse("unsupported-media-type"),
        RateLimited: problemResponse("rate-limited", { headers: { "Retry-After": { description: "Seconds to wait before the next send.", schema: { type: "integer" } } } }),
        Internal: problemResponse("internal"),
      },
    },
  };
}
