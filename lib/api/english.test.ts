import { describe, expect, it } from "vitest";
import { fieldErrors } from "./english";
import { sendBodySchema } from "./v1.schema";

const body = (extra: object) => ({ msgKey: "sampleText", msgParam: { content: "hi" }, ...extra });
const errorsOf = (input: unknown) => {
  const parsed = sendBodySchema.safeParse(input, { reportInput: true });
  return parsed.success ? null : fieldErrors(parsed.error.issues);
};

describe("fieldErrors", () => {
  it("keeps a __proto__ key as a plain key of the errors", () => {
    const errors = fieldErrors([
      { code: "unrecognized_keys", keys: ["__proto__", "constructor"], path: [], message: "", input: {} },
    ]);
    expect(Object.keys(errors)).toEqual(["__proto__", "constructor"]);
    expect(errors["__proto__"]).toEqual(["This field is not part of the request."]);
    expect(JSON.stringify({ errors })).toBe(
      '{"errors":{"__proto__":["This field is not part of the request."],"constructor":["This field is not part of the request."]}}',
    );
  });

  it("reports the audience branch the caller sent, whatever the number of bad userIds", () => {
    for (const count of [3, 4, 10]) {
      const userIds = Array.from({ length: count }, (_, index) => 1001 + index);
      const errors = errorsOf(body({ audience: { userIds } }));
      expect(Object.keys(errors ?? {})).toEqual(userIds.map((_, index) => `audience.userIds.${index}`));
      expect(errors?.["audience.userIds.0"]).toEqual(["Expected string."]);
    }
  });

  it("says the expected sendAt format, and names an unknown msgParam field", () => {
    for (const sendAt of ["tomorrow", "2026-05-01T09:30:00", null]) {
      const errors = errorsOf(body({ audience: { userIds: ["u1"] }, sendAt }));
      expect(errors?.sendAt?.[0]).toMatch(/ISO 8601 with an offset, for example 2026-05-01T09:30:00\+08:00/);
    }
    const errors = errorsOf({
      msgKey: "sampleText",
      msgParam: { content: "hi", title: "x" },
      audience: { userIds: ["u1"] },
    });
    expect(errors).toEqual({ "msgParam.title": ["This field is not part of the request."] });
  });
});
