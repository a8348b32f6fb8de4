import { cardSendBodySchema } from "./cards.schema";
import type { OpenApiDocument } from "@/lib/core/openapi-types";
import { problemSchema } from "@/lib/core/problem";
import {
  accepted,
  exampleId,
  idempotencyParameter,
  idParameter,
  jsonSchema,
  operation,
  problemResponse,
  queryParameters,
  ref,
  sendExamples,
} from "./openapi-parts";
import {
  acceptedSchema,
  messageStatusSchema,
  recallResultSchema,
  recipientsPageSchema,
  sendBodySchema,
} from "./v1.schema";

/**
 * The OpenAPI 3.1 document of /api/v1, generated from the zod schemas the endpoints validate
 * with (v1.schema.ts), so the document cannot promise what the code does not do. OpenAPI 3.1's
 * schema dialect is JSON Schema 2020-12, which is zod's own target.
 */

export interface OpenApiOptions {
  /** The console's public URL, when known; the document otherwise names the server relatively. */
  serverUrl?: string | null;
}

export function buildOpenApiDocument(options: OpenApiOptions = {}): OpenApiDocument {
  const sendBody = {
    required: true,
    content: { "application/json": { schema: ref("SendMessageRequest"), examples: sendExamples } },
  };
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
          description:
            "Validates the message like the compose form (every msgKey), plans one DingTalk call per 20 recipients and returns at once; sending happens in the background. Counts against the key's send rate.",
          scope: "send",
          parameters: [idempotencyParameter],
          body: sendBody,
          ok: accepted("Planned. `status` is `queued`, or `scheduled` with sendAt."),
          errors: [
            "Validation",
            "Unauthorized",
            "Forbidden",
            "IdempotencyConflict",
            "UnsupportedMediaType",
            "RateLimited",
            "Internal",
          ],
        }),
      },
      "/api/v1/messages/{id}": {
        get: operation({
          id: "getMessage",
          summary: "Status, delivery counts and reads",
          description:
            "Where the send stands and how many recipients have read it (reads are polled from DingTalk for 24 hours after sending).",
          scope: "read",
          parameters: [idParameter],
          ok: [
            "200",
            {
              description: "The message.",
              content: {
                "application/json": {
                  schema: ref("MessageStatus"),
                  example: {
                    id: exampleId,
                    status: "sent",
                    recipients: 3,
                    pending: 0,
                    sent: 2,
                    invalid: 1,
                    throttled: 0,
                    failed: 0,
                    unknown: 0,
                    read: 1,
                    readRate: 0.5,
                  },
                },
              },
            },
          ],
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
          ok: [
            "200",
            {
              description: "A page of recipients.",
              content: {
                "application/json": {
                  schema: ref("RecipientPage"),
                  example: {
                    items: [{ userId: "hr-lee", state: "sent", readAt: "2030-06-01T09:03:12.000Z" }],
                    nextCursor: "aHItbGVl",
                  },
                },
              },
            },
          ],
          errors: ["Validation", "Unauthorized", "Forbidden", "NotFound", "Internal"],
        }),
      },
      "/api/v1/messages/{id}/recall": {
        post: operation({
          id: "recallMessage",
          summary: "Recall a sent message",
          description:
            "Recalls every delivered DingTalk call of the message. DingTalk allows this within 24 hours of sending.",
          scope: "send",
          parameters: [idParameter, idempotencyParameter],
          ok: [
            "200",
            {
              description: "Recalled (failures are listed per call).",
              content: {
                "application/json": {
                  schema: ref("RecallResult"),
                  example: { id: exampleId, status: "recalled", recalled: 1, failed: [] },
                },
              },
            },
          ],
          errors: ["Unauthorized", "Forbidden", "NotFound", "Conflict", "Internal"],
        }),
      },
      "/api/v1/messages/{id}/remind": {
        post: operation({
          id: "remindNonReaders",
          summary: "Remind the non-readers",
          description:
            "Sends the same content again to everyone it reached who has not read it, as a new message linked to this one. Counts against the key's send rate.",
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
              {
                name: "templateId",
                in: "path",
                required: true,
                description: "The template's id in Dingcast (Cards page), not DingTalk's cardTemplateId.",
                schema: { type: "string" },
              },
              idempotencyParameter,
            ],
            body: {
              required: true,
              content: {
                "application/json": {
                  schema: ref("SendCardRequest"),
                  examples: {
                    users: {
                      summary: "A card to two people",
                      value: {
                        values: { title: "Expense approved", amount: "1280.50" },
                        lastMessage: { en_US: "Expense approved" },
                        audience: { userIds: ["manager4220", "hr-lee"] },
                      },
                    },
                  },
                },
              },
            },
            ok: accepted("Planned; follow it with GET /api/v1/messages/{id}."),
            errors: [
              "Validation",
              "Unauthorized",
              "Forbidden",
              "NotFound",
              "IdempotencyConflict",
              "UnsupportedMediaType",
              "RateLimited",
              "Internal",
            ],
          }),
          tags: ["cards"],
        },
      },
    },
    components: {
      securitySchemes: {
        apiKey: {
          type: "http",
          scheme: "bearer",
          bearerFormat: "dck_<43 characters>",
          description: "An API key from Settings → API keys, with the scopes the operation needs.",
        },
      },
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
        RateLimited: problemResponse("rate-limited", {
          headers: {
            "Retry-After": { description: "Seconds to wait before the next send.", schema: { type: "integer" } },
          },
        }),
        Internal: problemResponse("internal"),
      },
    },
  };
}
