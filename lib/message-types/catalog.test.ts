import { describe, expect, it } from "vitest";
import type * as z from "zod/mini";
import { catalog, defaultMsgParam, encodeMsgParam, isMsgKey, msgKeys, summarize, type MsgKey } from "./catalog";
import { msgParamSchemaFor } from "./param-schemas";
import { validExamples } from "./testing/examples";
import { seedMissParamCodes } from "./testing/seed-codes";
import { decodeIssueMessage } from "./validation-messages";

const seedCodes = seedMissParamCodes();

/** The decoded message keys zod reports for one path (e.g. ["title"]). */
function keysAt(result: z.core.util.SafeParseResult<unknown>, path: readonly PropertyKey[]): string[] {
  if (result.success) return [];
  return result.error.issues
    .filter((issue) => issue.path.length === path.length && issue.path.every((p, i) => p === path[i]))
    .map((issue) => decodeIssueMessage(issue.message).key);
}

function withField(msgKey: MsgKey, name: string, value: unknown): Record<string, unknown> {
  return { ...validExamples[msgKey], [name]: value };
}

describe("catalog", () => {
  it("has one entry per msgKey, under its own key", () => {
    expect(Object.keys(catalog)).toEqual([...msgKeys]);
    for (const msgKey of msgKeys) expect(catalog[msgKey].msgKey).toBe(msgKey);
    expect(isMsgKey("sampleText")).toBe(true);
    expect(isMsgKey("sampleActionCard7")).toBe(false);
    expect(isMsgKey("toString")).toBe(false);
  });

  it("declares the DingTalk fields of each msgKey, in order, matching the schema", () => {
    const buttons = (n: number) =>
      Array.from({ length: n }, (_, i) => [`actionTitle${i + 1}`, `actionURL${i + 1}`]).flat();
    const expected: Record<MsgKey, string[]> = {
      sampleText: ["content"],
      sampleMarkdown: ["title", "text"],
      sampleImageMsg: ["photoURL"],
      sampleLink: ["text", "title", "picUrl", "messageUrl"],
      sampleActionCard: ["title", "text", "singleTitle", "singleURL"],
      sampleActionCard2: ["title", "text", ...buttons(2)],
      sampleActionCard3: ["title", "text", ...buttons(3)],
      sampleActionCard4: ["title", "text", ...buttons(4)],
      sampleActionCard5: ["title", "text", ...buttons(5)],
      sampleActionCard6: ["title", "text", "buttonTitle1", "buttonUrl1", "buttonTitle2", "buttonUrl2"],
      sampleAudio: ["mediaId", "duration"],
      sampleFile: ["mediaId", "fileName", "fileType"],
      sampleVideo: ["duration", "videoMediaId", "videoType", "picMediaId"],
    };
    for (const msgKey of msgKeys) {
      const names = catalog[msgKey].fields.map((f) => f.name);
      expect(names, msgKey).toEqual(expected[msgKey]);
      expect(Object.keys(msgParamSchemaFor(msgKey).shape), msgKey).toEqual(names);
      expect(Object.keys(validExamples[msgKey]), msgKey).toEqual(names);
    }
  });

  it("names, for every required field, a miss.param code that exists in seed 000", () => {
    expect(seedCodes.size).toBeGreaterThan(20);
    for (const msgKey of msgKeys) {
      for (const f of catalog[msgKey].fields) {
        if (f.required) expect(seedCodes, `${msgKey}.${f.name} -> ${f.missParamCode}`).toContain(f.missParamCode);
        else expect(f.missParamCode, `${msgKey}.${f.name}`).toBeNull();
      }
    }
    const code = (msgKey: MsgKey, name: string) => catalog[msgKey].fields.find((f) => f.name === name)?.missParamCode;
    expect(code("sampleMarkdown", "title")).toBe("miss.param.markdownTotitle");
    expect(code("sampleActionCard6", "buttonUrl2")).toBe("miss.param.actionCardTobtnsToactionUrl");
    expect(code("sampleImageMsg", "photoURL")).toBe("miss.param.photoTophotoUrl");
  });

  it("gives select fields options and text fields a max length", () => {
    for (const msgKey of msgKeys) {
      for (const f of catalog[msgKey].fields) {
        if (f.kind === "select") expect(f.options?.length, `${msgKey}.${f.name}`).toBeGreaterThan(0);
        else expect(f.maxLength, `${msgKey}.${f.name}`).toBeGreaterThan(0);
        expect(f.labelKey.startsWith("compose.fields.")).toBe(true);
      }
    }
    expect(catalog.sampleVideo.fields.find((f) => f.name === "videoType")?.options).toEqual(["mp4"]);
  });
});

describe.each(msgKeys.map((msgKey) => [msgKey] as const))("%s msgParam schema", (msgKey) => {
  const schema = msgParamSchemaFor(msgKey);
  const requiredFields = catalog[msgKey].fields.filter((f) => f.required);

  it("accepts DingTalk's example", () => {
    expect(schema.safeParse(validExamples[msgKey]).success).toBe(true);
  });

  it.each(requiredFields.map((f) => [f.name, f.missParamCode] as const))(
    "rejects a missing or blank %s (DingTalk: %s)",
    (name) => {
      const without: Record<string, unknown> = { ...validExamples[msgKey] };
      delete without[name];
      expect(keysAt(schema.safeParse(without), [name])).toEqual(["validation.required"]);
      expect(keysAt(schema.safeParse(withField(msgKey, name, "   ")), [name])).toEqual(["validation.required"]);
      expect(keysAt(schema.safeParse(withField(msgKey, name, null)), [name])).toEqual(["validation.required"]);
    },
  );

  it("refuses non-string values and over-long values", () => {
    for (const f of catalog[msgKey].fields) {
      expect(keysAt(schema.safeParse(withField(msgKey, f.name, 42)), [f.name])).toEqual(["validation.invalid"]);
      if (f.maxLength === undefined) continue;
      const result = schema.safeParse(withField(msgKey, f.name, "9".repeat(f.maxLength + 1)));
      expect(keysAt(result, [f.name]), f.name).toEqual(["validation.tooLong"]);
      const issue = result.success ? undefined : result.error.issues[0];
      expect(decodeIssueMessage(issue?.message).params).toEqual({ max: f.maxLength });
    }
  });

  it("refuses a msgParam that is not an object", () => {
    expect(keysAt(schema.safeParse(undefined), [])).toEqual(["validation.required"]);
    expect(keysAt(schema.safeParse("{}"), [])).toEqual(["validation.invalid"]);
  });
});

describe("field rules", () => {
  const hostile = [
    "javascript:alert(1)",
    "JavaScript:alert(1)",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "file:///etc/passwd",
    "ftp://example.com/x",
    "//example.com/x",
    "example.com",
    "https:example.com",
    "https:\\\\example.com",
    "https://exa mple.com",
    `https://example.com/${"a".repeat(2048)}`,
  ];

  it("accepts http(s) and dingtalk:// links and refuses every other scheme", () => {
    const schema = msgParamSchemaFor("sampleLink");
    for (const url of [
      "https://example.com/a?b=c#d",
      "HTTPS://EXAMPLE.COM",
      "http://10.0.0.1:8080/x",
      "dingtalk://dingtalkclient/action/openapp?corpid=1",
    ]) {
      expect(schema.safeParse(withField("sampleLink", "messageUrl", url)).success, url).toBe(true);
    }
    for (const url of hostile) {
      const keys = keysAt(schema.safeParse(withField("sampleLink", "messageUrl", url)), ["messageUrl"]);
      expect(keys.length, url).toBe(1);
      expect(["validation.url", "validation.tooLong"], url).toContain(keys[0]);
    }
    for (const msgKey of ["sampleActionCard", "sampleActionCard3", "sampleActionCard6"] as const) {
      const urlField = catalog[msgKey].fields.find((f) => f.kind === "url");
      if (!urlField) throw new Error(`${msgKey} has no url field`);
      expect(
        keysAt(msgParamSchemaFor(msgKey).safeParse(withField(msgKey, urlField.name, "javascript:alert(1)")), [
          urlField.name,
        ]),
      ).toEqual(["validation.url"]);
    }
  });

  it("takes an http(s) URL or a media ID for pictures, and nothing else", () => {
    const schema = msgParamSchemaFor("sampleImageMsg");
    for (const ok of ["https://example.com/a.png", "@lADOADmaWMzazQKA"]) {
      expect(schema.safeParse({ photoURL: ok }).success, ok).toBe(true);
    }
    for (const bad of [
      "dingtalk://dingtalkclient/x",
      "javascript:alert(1)",
      "data:image/png;base64,AAAA",
      "@",
      "@a b",
    ]) {
      expect(keysAt(schema.safeParse({ photoURL: bad }), ["photoURL"]), bad).toEqual(["validation.imageSource"]);
    }
  });

  it("keeps the link card picture optional", () => {
    const schema = msgParamSchemaFor("sampleLink");
    const { picUrl: _omit, ...noPicture } = validExamples.sampleLink;
    expect(schema.safeParse(noPicture).success).toBe(true);
    expect(schema.safeParse({ ...noPicture, picUrl: "  " }).success).toBe(true);
    expect(keysAt(schema.safeParse({ ...noPicture, picUrl: "javascript:alert(1)" }), ["picUrl"])).toEqual([
      "validation.imageSource",
    ]);
  });

  it("wants durations as positive whole numbers written in digits", () => {
    const schema = msgParamSchemaFor("sampleAudio");
    for (const bad of ["abc", "0", "-1", "1.5", "3 000", "1e3", "0100", "1234567890"]) {
      expect(schema.safeParse(withField("sampleAudio", "duration", bad)).success, bad).toBe(false);
    }
    expect(keysAt(schema.safeParse(withField("sampleAudio", "duration", "1.5")), ["duration"])).toEqual([
      "validation.positiveInteger",
    ]);
    expect(keysAt(schema.safeParse(withField("sampleAudio", "duration", 3000)), ["duration"])).toEqual([
      "validation.invalid",
    ]);
  });

  it("accepts only DingTalk's file and video types, case-insensitively", () => {
    const file = msgParamSchemaFor("sampleFile").safeParse(withField("sampleFile", "fileType", " PDF "));
    expect(file.success && file.data.fileType).toBe("pdf");
    const exe = msgParamSchemaFor("sampleFile").safeParse(withField("sampleFile", "fileType", "exe"));
    expect(keysAt(exe, ["fileType"])).toEqual(["validation.oneOf"]);
    const issue = exe.success ? undefined : exe.error.issues[0];
    expect(decodeIssueMessage(issue?.message).params.options).toContain("docx");
    expect(msgParamSchemaFor("sampleVideo").safeParse(withField("sampleVideo", "videoType", "mov")).success).toBe(
      false,
    );
  });

  it("refuses media IDs with spaces", () => {
    expect(
      keysAt(msgParamSchemaFor("sampleFile").safeParse(withField("sampleFile", "mediaId", "@a b")), ["mediaId"]),
    ).toEqual(["validation.mediaId"]);
  });

  it("trims values", () => {
    const result = msgParamSchemaFor("sampleMarkdown").safeParse({ title: "  Hi  ", text: "\n**x**\n" });
    expect(result.success && result.data).toEqual({ title: "Hi", text: "**x**" });
  });

  it("refuses a field the msgKey does not have, by name, instead of dropping it", () => {
    const result = msgParamSchemaFor("sampleMarkdown").safeParse({ title: "Hi", text: "x", content: "stray" });
    expect(result.success).toBe(false);
    const issue = result.success ? null : result.error.issues[0];
    expect(issue?.code).toBe("unrecognized_keys");
    expect(issue && "keys" in issue ? issue.keys : []).toEqual(["content"]);
    expect(issue?.message).toBe("validation.unknownField");
  });

  it("refuses control characters and lone surrogates in every text field, naming the character", () => {
    for (const bad of ["before\u0000after", "\uD800", "a\u0085b"]) {
      const result = msgParamSchemaFor("sampleMarkdown").safeParse({ title: bad, text: "ok" });
      expect(result.success, JSON.stringify(bad)).toBe(false);
      expect(result.success ? "" : result.error.issues[0]?.message).toMatch(/^validation\.controlCharacter\|/);
    }
    expect(
      msgParamSchemaFor("sampleMarkdown").safeParse({ title: "tab\tnew\nline\r", text: "\u200F RTL 😀" }).success,
    ).toBe(true);
  });
});

describe("defaultMsgParam", () => {
  it("has an empty string for every field", () => {
    for (const msgKey of msgKeys) {
      const values = defaultMsgParam(msgKey);
      expect(Object.keys(values)).toEqual(catalog[msgKey].fields.map((f) => f.name));
      expect(new Set(Object.values(values))).toEqual(new Set([""]));
    }
  });
});

describe("encodeMsgParam", () => {
  it("is a JSON object of strings with exactly the msgKey's fields", () => {
    for (const msgKey of msgKeys) {
      const encoded = encodeMsgParam(msgKey, { ...validExamples[msgKey], stray: "x", content2: 1 });
      expect(typeof encoded).toBe("string");
      const parsed: unknown = JSON.parse(encoded);
      expect(Object.keys(parsed as object)).toEqual(catalog[msgKey].fields.map((f) => f.name));
      for (const value of Object.values(parsed as object)) expect(typeof value).toBe("string");
      expect(parsed).toEqual(validExamples[msgKey]);
    }
  });

  it("trims, stringifies numbers, and fills absent fields with empty strings", () => {
    expect(encodeMsgParam("sampleAudio", { mediaId: "  @m  ", duration: 3000 })).toBe(
      '{"mediaId":"@m","duration":"3000"}',
    );
    expect(encodeMsgParam("sampleLink", { text: "t", title: "x", messageUrl: "https://a.b" })).toBe(
      '{"text":"t","title":"x","picUrl":"","messageUrl":"https://a.b"}',
    );
    expect(encodeMsgParam("sampleText", null)).toBe('{"content":""}');
    expect(JSON.parse(encodeMsgParam("sampleText", { content: 'quote " and \\ and 中文' }))).toEqual({
      content: 'quote " and \\ and 中文',
    });
  });
});

describe("summarize", () => {
  it("gives one line per message type", () => {
    expect(summarize("sampleText", { content: "Hello\n  world" })).toBe("Hello world");
    expect(summarize("sampleMarkdown", { title: "Weekly", text: "# x" })).toBe("Weekly");
    expect(summarize("sampleMarkdown", { title: "", text: "## Big **news**\n- [a](https://x.y)" })).toBe("Big news a");
    expect(summarize("sampleActionCard6", validExamples.sampleActionCard6)).toBe("Leave request");
    expect(summarize("sampleLink", validExamples.sampleLink)).toBe("Office move");
    expect(summarize("sampleFile", validExamples.sampleFile)).toBe("Q3 report.pdf");
    expect(summarize("sampleAudio", validExamples.sampleAudio)).toBe("0:05");
    expect(summarize("sampleVideo", validExamples.sampleVideo)).toBe("1:15");
    expect(summarize("sampleImageMsg", validExamples.sampleImageMsg)).toBe("");
    expect(summarize("nope", { content: "x" })).toBe("");
  });

  it("reads the stored JSON string and caps the length", () => {
    expect(summarize("sampleText", encodeMsgParam("sampleText", { content: "stored" }))).toBe("stored");
    const long = summarize("sampleText", { content: "字".repeat(500) });
    expect(long.length).toBe(120);
    expect(long.endsWith("…")).toBe(true);
    expect(summarize("sampleText", "{not json")).toBe("");
  });
});
