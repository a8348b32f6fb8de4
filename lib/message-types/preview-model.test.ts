import { describe, expect, it } from "vitest";
import { catalog, encodeMsgParam, msgKeys, summarize, type MsgKey } from "./catalog";
import { toPreviewModel, type PreviewKind, type PreviewModel } from "./preview-model";
import { validExamples } from "./testing/examples";
import { pick, seededRandom } from "./testing/prng";

const expectedKind: Record<MsgKey, PreviewKind> = {
  sampleText: "text",
  sampleMarkdown: "markdown",
  sampleImageMsg: "image",
  sampleLink: "link",
  sampleActionCard: "actionCard",
  sampleActionCard2: "actionCard",
  sampleActionCard3: "actionCard",
  sampleActionCard4: "actionCard",
  sampleActionCard5: "actionCard",
  sampleActionCard6: "actionCard",
  sampleAudio: "audio",
  sampleFile: "file",
  sampleVideo: "video",
};

function actionCard(model: PreviewModel) {
  if (model.kind !== "actionCard") throw new Error(`expected an action card, got ${model.kind}`);
  return model;
}

describe("toPreviewModel", () => {
  it("maps every msgKey to its preview shape, from an object or the stored JSON string", () => {
    for (const msgKey of msgKeys) {
      expect(toPreviewModel(msgKey, validExamples[msgKey]).kind, msgKey).toBe(expectedKind[msgKey]);
      expect(toPreviewModel(msgKey, encodeMsgParam(msgKey, validExamples[msgKey])), msgKey).toEqual(
        toPreviewModel(msgKey, validExamples[msgKey]),
      );
    }
    expect(toPreviewModel("feedCard", {})).toEqual({ kind: "unknown", msgKey: "feedCard" });
  });

  it("lays out action card buttons the way DingTalk does", () => {
    const single = actionCard(toPreviewModel("sampleActionCard", validExamples.sampleActionCard));
    expect(single.orientation).toBe("VERTICAL");
    expect(single.buttons).toEqual([
      { index: 1, title: "Open", link: { href: validExamples.sampleActionCard.singleURL, opensInBrowser: false } },
    ]);
    for (const [msgKey, count] of [
      ["sampleActionCard2", 2],
      ["sampleActionCard3", 3],
      ["sampleActionCard4", 4],
      ["sampleActionCard5", 5],
    ] as const) {
      const card = actionCard(toPreviewModel(msgKey, validExamples[msgKey]));
      expect(card.orientation, msgKey).toBe("VERTICAL");
      expect(
        card.buttons.map((b) => b.title),
        msgKey,
      ).toEqual(["A", "B", "C", "D", "E"].slice(0, count));
    }
    const horizontal = actionCard(toPreviewModel("sampleActionCard6", validExamples.sampleActionCard6));
    expect(horizontal.orientation).toBe("HORIZONTAL");
    expect(horizontal.buttons.map((b) => [b.title, b.link?.href])).toEqual([
      ["Approve", "https://example.com/approve"],
      ["Reject", "https://example.com/reject"],
    ]);
  });

  it("keeps the button count while the form is still empty", () => {
    const card = actionCard(toPreviewModel("sampleActionCard4", {}));
    expect(card.buttons).toEqual([1, 2, 3, 4].map((index) => ({ index, title: "", link: null })));
    expect(card.listTitle).toBe("");
    expect(card.body.blocks).toEqual([]);
  });

  it("uses the markdown title only for the chat list and renders the body", () => {
    const model = toPreviewModel("sampleMarkdown", { title: " Weekly ", text: "# Hi" });
    expect(model).toEqual({
      kind: "markdown",
      listTitle: "Weekly",
      body: { blocks: [{ type: "heading", level: 1, children: [{ type: "text", value: "Hi" }] }], truncated: false },
    });
  });

  it("drops unsafe URLs and only opens http(s) in the browser", () => {
    const link = toPreviewModel("sampleLink", {
      title: "t",
      text: "x",
      picUrl: "javascript:alert(1)",
      messageUrl: "javascript:alert(1)",
    });
    expect(link).toMatchObject({ kind: "link", picture: { kind: "none" }, link: null });
    const web = toPreviewModel("sampleLink", { messageUrl: "https://a.b", picUrl: "https://a.b/p.png" });
    expect(web).toMatchObject({
      link: { href: "https://a.b", opensInBrowser: true },
      picture: { kind: "web", src: "https://a.b/p.png" },
    });
    const card = actionCard(
      toPreviewModel("sampleActionCard2", { actionURL1: "data:text/html,x", actionURL2: "https://ok.example" }),
    );
    expect(card.buttons.map((b) => b.link)).toEqual([null, { href: "https://ok.example", opensInBrowser: true }]);
    expect(toPreviewModel("sampleImageMsg", { photoURL: "@lADOADmaWMzazQKA" })).toEqual({
      kind: "image",
      image: { kind: "media", mediaId: "@lADOADmaWMzazQKA" },
    });
  });

  it("formats durations and picks file icons", () => {
    expect(toPreviewModel("sampleAudio", { mediaId: "@a", duration: "5000" })).toEqual({
      kind: "audio",
      seconds: 5,
      duration: "0:05",
      hasMedia: true,
    });
    expect(toPreviewModel("sampleAudio", { duration: "300" })).toMatchObject({
      seconds: 1,
      duration: "0:01",
      hasMedia: false,
    });
    expect(toPreviewModel("sampleAudio", { duration: "abc" })).toMatchObject({ seconds: null, duration: null });
    expect(toPreviewModel("sampleVideo", { duration: "3725" })).toMatchObject({
      duration: "1:02:05",
      cover: { kind: "none" },
    });
    expect(toPreviewModel("sampleVideo", validExamples.sampleVideo)).toMatchObject({
      duration: "1:15",
      cover: { kind: "media" },
    });
    const icon = (fileType: string, fileName = "") => {
      const model = toPreviewModel("sampleFile", { fileType, fileName });
      return model.kind === "file" ? model.icon : null;
    };
    expect([icon("pdf"), icon("DOCX"), icon("xls"), icon("pptx"), icon("rar"), icon("txt"), icon("exe")]).toEqual([
      "pdf",
      "word",
      "excel",
      "powerpoint",
      "archive",
      "text",
      "generic",
    ]);
    expect(icon("", "plan.xlsx")).toBe("excel");
    expect(icon("constructor")).toBe("generic");
  });

  it("never throws on 1,000 random partial inputs", () => {
    const random = seededRandom(20_240_601);
    const names = [...new Set(msgKeys.flatMap((k) => catalog[k].fields.map((f) => f.name)))].concat([
      "__proto__",
      "constructor",
      "toString",
    ]);
    const values: unknown[] = [
      "",
      " ",
      "x",
      "中文标题",
      "https://a.b/c.png",
      "dingtalk://dingtalkclient/x",
      "javascript:alert(1)",
      "@lADOADmaWMzazQKA",
      "<script>alert(1)</script>",
      "**[x](javascript:y)**",
      "0",
      "5000",
      "-3",
      "1e9",
      "99999999999",
      "pdf",
      "PDF",
      "mp4",
      "a".repeat(25_000),
      42,
      Number.NaN,
      Infinity,
      -1,
      true,
      null,
      undefined,
      {},
      [],
      { nested: "x" },
      ["a"],
    ];
    const keys: unknown[] = [...msgKeys, "", "sampleActionCard7", "toString", "__proto__", 7, null, undefined];
    const kinds = new Set<string>(Object.values(expectedKind).concat("unknown"));
    for (let run = 0; run < 1000; run++) {
      const msgKey = pick(random, keys);
      const shape = random();
      let msgParam: unknown;
      if (shape < 0.1) msgParam = pick(random, values);
      else {
        const entries = names.filter(() => random() < 0.4).map((name) => [name, pick(random, values)] as const);
        msgParam = Object.fromEntries(entries);
        if (shape < 0.3) msgParam = JSON.stringify(msgParam);
      }
      const context = `run ${run}: ${String(msgKey)}`;
      const model = toPreviewModel(msgKey as string, msgParam);
      expect(kinds.has(model.kind), context).toBe(true);
      expect(typeof summarize(msgKey as string, msgParam), context).toBe("string");
      if (model.kind === "actionCard") {
        for (const button of model.buttons) expect(typeof button.title, context).toBe("string");
      }
    }
  });
});
