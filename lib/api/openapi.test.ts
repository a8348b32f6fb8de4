import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { msgKeys } from "@/lib/message-types/catalog";
import { validExamples } from "@/lib/message-types/testing/examples";
import { buildOpenApiDocument } from "./openapi";
import { problemKinds, type ProblemKind } from "@/lib/core/problem";
import { problem, toResponse } from "./problem";
import { sendBodySchema } from "./v1.schema";

describe("the OpenAPI document", () => {
  const document = buildOpenApiDocument({ serverUrl: "https://dingcast.example.com" });

  it("validates as OpenAPI 3.1", async () => {
    const validator = new Validator();
    // As served: through JSON, like the route's answer.
    const served = JSON.parse(JSON.stringify(document)) as Record<string, unknown>;
    const result = await validator.validate(served);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
    // The validator is not vacuous: a document missing its info, or with a bad response key, fails.
    const { info: _info, ...noInfo } = served;
    expect((await new Validator().validate(noInfo)).valid).toBe(false);
    expect(
      (await new Validator().validate({ ...served, paths: { "/x": { get: { responses: { ok: {} } } } } })).valid,
    ).toBe(false);
  });

  it("describes every endpoint with its scope and the error statuses it can answer", () => {
    const doc = document;
    expect(Object.keys(doc.paths).sort()).toEqual([
      "/api/v1/cards/{templateId}/messages",
      "/api/v1/messages",
      "/api/v1/messages/{id}",
      "/api/v1/messages/{id}/recall",
      "/api/v1/messages/{id}/recipients",
      "/api/v1/messages/{id}/remind",
    ]);
    const send = doc.paths["/api/v1/messages"]?.post;
    expect(Object.keys(send?.responses ?? {}).sort()).toEqual(["202", "400", "401", "403", "409", "415", "429", "500"]);
    expect(JSON.stringify(document)).not.toContain("$schema");
  });

  it("generates the request schema from the compose form's: every msgKey is a variant", () => {
    const schema = document.components.schemas.SendMessageRequest as unknown as {
      allOf: [{ oneOf: { properties: { msgKey: { const: string } } }[] }, unknown];
    };
    expect(schema.allOf[0].oneOf.map((variant) => variant.properties.msgKey.const)).toEqual([...msgKeys]);
  });

  it("has examples the API itself accepts, and every msgKey's example is accepted too", () => {
    const examples = document.paths["/api/v1/messages"]?.post?.requestBody?.content["application/json"]?.examples ?? {};
    expect(Object.keys(examples).length).toBeGreaterThan(2);
    for (const [name, example] of Object.entries(examples))
      expect(sendBodySchema.safeParse(example.value).success, name).toBe(true);
    for (const msgKey of msgKeys) {
      expect(
        sendBodySchema.safeParse({ msgKey, msgParam: validExamples[msgKey], audience: { userIds: ["u1"] } }).success,
        msgKey,
      ).toBe(true);
    }
  });
});

describe("problem details", () => {
  it("follow RFC 9457: type, title, status, detail, as application/problem+json", async () => {
    for (const kind of Object.keys(problemKinds) as ProblemKind[]) {
      const result = problem(kind, "what happened");
      expect(result.body).toEqual({
        type: `/api-docs#problem-${kind}`,
        title: problemKinds[kind].title,
        status: problemKinds[kind].status,
        detail: "what happened",
      });
      const response = toResponse(result);
      expect(response.status).toBe(problemKinds[kind].status);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
      expect(response.headers.get("cache-control")).toBe("no-store");
    }
    const invalid = problem("validation", "see errors", { errors: { "msgParam.content": ["Required."] } });
    expect(await toResponse(invalid).json()).toEqual({
      type: "/api-docs#problem-validation",
      title: "Validation failed",
      status: 400,
      detail: "see errors",
      errors: { "msgParam.content": ["Required."] },
    });
  });
});
