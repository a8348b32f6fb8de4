import { describe, expect, it } from "vitest";
import { parseWidgetInfo } from "@/components/card-widget/parse-widget";
import { parseCardExport, type ParsedCardTemplate } from "@/lib/cards/card-export.model";
import { fixtureText } from "@/lib/cards/testing/fixtures";
import { answerPrompt, runTap, type ActionNote } from "./actions.model";
import { buildRender, type RenderNode } from "./layout.model";

function template(name: "helloworld" | "approval"): ParsedCardTemplate {
  const parsed = parseCardExport(fixtureText(name));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.template;
}

function all(node: RenderNode | null): RenderNode[] {
  return node ? [node, ...node.children.flatMap(all)] : [];
}

function prompts(notes: readonly ActionNote[]): Extract<ActionNote, { kind: "prompt" }>[] {
  return notes.flatMap((note) => (note.kind === "prompt" ? [note] : note.kind === "then" ? prompts(note.notes) : []));
}

describe("interaction on the fixtures", () => {
  it("helloworld: tapping the input asks for text, and the answer shows in the card", () => {
    const card = template("helloworld");
    const elements = parseWidgetInfo(card.widgetInfo ?? "").elements;
    const options = {
      ...card.mockData,
      localData: card.mockData.localData ?? {},
      dark: false,
      width: 360,
      env: "ios" as const,
    };
    const first = buildRender(elements, options);
    const input = all(first.root).find((node) => node.taps.some((tap) => tap.name === "dxEventHandler"));
    const context = { events: first.events, chains: card.eventChains, evaluate: first.evaluate };
    const [prompt] = prompts(runTap(input?.taps ?? [], options.localData, context).notes);
    expect(prompt).toMatchObject({ title: "卡片交互", defaultText: "local input", buttons: ["提交", "取消"] });
    const answered = answerPrompt(
      { handler: prompt?.handler ?? "", step: prompt?.step ?? "", value: "typed here", buttonIndex: 0 },
      options.localData,
      context,
    );
    expect(answered.localData).toMatchObject({ local_input: "typed here" });
    const second = buildRender(elements, { ...options, localData: answered.localData ?? {} });
    expect(all(second.root).map((node) => node.text)).toContain("typed here");
  });

  it("helloworld: submit sends the typed text to the callback and says what the answer shows", () => {
    const card = template("helloworld");
    const result = buildRender(parseWidgetInfo(card.widgetInfo ?? "").elements, {
      ...card.mockData,
      localData: { local_input: "hi" },
      dark: false,
      width: 360,
      env: "ios",
    });
    const submit = all(result.root).find(
      (node) => node.taps.some((tap) => tap.name === "dtSendOutData") && node.enabled,
    );
    const tap = runTap(submit?.taps ?? [], { local_input: "hi" }, { events: result.events });
    const sent = tap.notes.find((note) => note.kind === "send");
    expect(JSON.stringify(sent)).toContain('"local_input":"hi"');
    expect(tap.after).toEqual([
      { kind: "either", first: [{ kind: "toast", text: "提交成功" }], second: [{ kind: "toast", text: "提交失败" }] },
    ]);
  });

  it("approval: the reject button sends its action and shows the loading state locally only if the layout says so", () => {
    const card = template("approval");
    const result = buildRender(parseWidgetInfo(card.widgetInfo ?? "").elements, {
      ...card.mockData,
      localData: {},
      dark: false,
      width: 360,
      env: "ios",
    });
    const buttons = all(result.root).filter(
      (node) => node.enabled && node.taps.some((tap) => tap.name === "dtSendOutData"),
    );
    expect(buttons.length).toBeGreaterThanOrEqual(1);
    const notes = runTap(buttons[0]?.taps ?? [], {}, { events: result.events }).notes;
    expect(JSON.stringify(notes)).toContain('"actionId":"reject"');
  });
});
