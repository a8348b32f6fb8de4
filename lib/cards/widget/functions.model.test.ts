import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate.model";
import { parseExpression } from "./expression.model";
import { FUNCTIONS } from "./functions.model";
import type { EvalContext, ListFrame } from "./scope.model";
import { Action, Gradient } from "./values.model";

const root = {
  width: "360np",
  env: "ios",
  data: {
    cardData: {
      title: "Weekly report",
      count: 3,
      tags: ["a", "b", "c"],
      table: { meta: [{ alias: "name" }, { alias: "n" }], data: [{ name: "x", n: 1 }] },
      flowStatus: "2",
      empty: "",
      time: 1_700_000_000_000,
      asText: '{"rows":[{"name":"x"}]}',
    },
    cardPrivateData: { submitted: "disabled" },
    localData: { tab: 1, picked: ["1", "3"] },
    renderContext: { bizScene: "im" },
  },
};

function run(text: string, options: { dark?: boolean; frames?: ListFrame[]; locale?: string } = {}) {
  const unknown: string[] = [];
  const tokens: string[] = [];
  const ctx: EvalContext = {
    root,
    dark: options.dark ?? false,
    locale: options.locale ?? "zh_CN",
    now: 1_700_000_000_000,
    clientVersion: "7.8.0",
    isKnownView: (name) => name === "DDRichTextView",
    onUnknownFunction: (name) => unknown.push(name),
    onSyntaxError: () => unknown.push("(syntax)"),
    onMissingToken: (name) => tokens.push(name),
  };
  const value = evaluate(parseExpression(text), { ctx, frames: options.frames ?? [] });
  return { value, unknown, tokens };
}
const value = (text: string, options?: Parameters<typeof run>[1]) => run(text, options).value;

const item = (entry: unknown, index = 0): ListFrame => ({ item: entry, index });

// Every function the interpreter knows has at least one case here; the last test checks that.
const cases: [fn: string, expression: string, expected: unknown, options?: Parameters<typeof run>[1]][] = [
  ["data", "@data{data.cardData.title}", "Weekly report"],
  ["data", "@data{'width'}", "360np"],
  ["data", "@data{@concat{'data.localData.','tab'}}", 1],
  ["data", "@data{data.cardData.missing.deeper}", null],
  ["data", "@data{data.cardData.tags[1]}", "b"],
  ["data", "@data{data.cardData.asText.rows.0.name}", "x"],
  ["subdata", "@subdata{'alias'}", "name", { frames: [item({ alias: "name" })] }],
  ["subdata", "@subdata{}", "x", { frames: [item("x")] }],
  ["parentSubdata", "@parentSubdata{'n'}", 1, { frames: [item({ n: 1 }), item({ alias: "n" })] }],
  [
    "parentSubdata",
    "@parentSubdata{@concat{@subdata{'alias'},'.icon'}}",
    "i",
    { frames: [item({ a: { icon: "i" } }), item({ alias: "a" })] },
  ],
  ["subdataIndex", "@subdataIndex{}", 4, { frames: [item(null, 4)] }],
  ["parentSubdataIndex", "@parentSubdataIndex{}", 2, { frames: [item(null, 2), item(null, 0)] }],
  ["const", "@const{'@lALPDfYH6hnANq1AQA'}", "@lALPDfYH6hnANq1AQA"],
  ["dict_get", "@dict_get{@data{data.cardData.table},'meta'}", [{ alias: "name" }, { alias: "n" }]],
  ["index_of", "@index_of{@data{data.localData.picked},'3'}", 1],
  ["index_of_value", "@index_of_value{@data{data.localData.picked},'2'}", -1],
  ["triple", "@triple{@data{data.renderContext.bizScene},'gone','visible'}", "gone"],
  ["triple", "@triple{false,gone,visible}", "visible"],
  ["triple", "@triple{'false','a','b'}", "b"],
  ["triple", "@triple{@data{data.cardData.empty},'a','b'}", "b"],
  ["and", "@and{@equal{1,'1'},@not{false}}", true],
  ["and", "@and{true,0}", false],
  ["or", "@or{@data{data.cardData.empty},@data{data.cardData.tags}}", true],
  ["or", "@or{null,''}", false],
  ["not", "@not{@data{data.cardData.missing}}", true],
  ["equal", "@equal{@toStr{@data{data.cardData.flowStatus}},@toStr{2}}", true],
  ["equal", "@equal{@data{data.cardData.flowStatus},2}", true],
  ["equal", "@equal{@data{data.cardData.missing},''}", true],
  ["equal", "@equal{'blue','gold'}", false],
  ["greater", "@greater{@toLong{@len{@toStr{@data{data.cardPrivateData.submitted}}}},0}", true],
  ["greater", "@greater{'abc',1}", false],
  ["less", "@less{@data{data.cardData.count},10}", true],
  ["toStr", "@toStr{@div{1,4}}", "0.25"],
  ["toStr", "@toStr{null}", ""],
  ["toLong", "@toLong{'12.9'}", 12],
  ["toLong", "@toLong{'abc'}", 0],
  ["toDouble", "@toDouble{'1.5'}", 1.5],
  ["concat", "@concat{'评分：', @toStr{3}, np}", "评分：3np"],
  ["substr", "@substr{@toStr{@data{width}},'0',@toStr{@sub{@toLong{@len{@toStr{@data{width}}}},2}}}", "360"],
  ["substr", "@substr{'abcdef',2}", "cdef"],
  [
    "substr",
    "@substr{@toStr{@subdata{'nick'}},@toStr{@sub{@toLong{@len{@toStr{@subdata{'nick'}}}},2}},2}",
    "小志",
    { frames: [item({ nick: "朱小志" })] },
  ],
  ["substr", "@substr{'ab',1,9}", "b"],
  ["len", "@len{@data{data.cardData.tags}}", 3],
  ["len", "@len{'钉钉'}", 2],
  ["len", "@len{@data{data.cardData.missing}}", null],
  ["add", "@add{1,2,'3'}", 6],
  ["add", "@add{'a',1}", "a1"],
  ["sub", "@sub{10,3,2}", 5],
  ["mul", "@mul{32,@div{@toDouble{14},@toDouble{100}}}", 4.48],
  ["div", "@div{1,0}", 0],
  ["mod", "@mod{@subdataIndex{},2}", 1, { frames: [item(null, 3)] }],
  ["floor", "@floor{14.7}", 14],
  ["ceil", "@ceil{14.1}", 15],
  ["round", "@round{14.5}", 15],
  ["dtMapAppend", "@dtMapAppend{null,'a',1,'b',@toStr{2}}", { a: 1, b: "2" }],
  ["dtMapAppend", "@dtMapAppend{@data{data.localData},'tab',2}", { tab: 2, picked: ["1", "3"] }],
  ["dtArrayAppend", "@dtArrayAppend{@data{data.localData.picked},'4'}", ["1", "3", "4"]],
  ["dtArrayAppend", "@dtArrayAppend{null}", []],
  ["dtArrayJoin", "@dtArrayJoin{@data{data.cardData.tags},', '}", "a, b, c"],
  ["dtArrayIterator", "@dtArrayIterator{@dict_get{@data{data.cardData.table},'meta'},'alias'}", ["name", "n"]],
  ["dtArrayIterator", "@dtArrayIterator{3}", [0, 1, 2]],
  ["dtFilterList", "@dtFilterList{@data{data.localData.picked},'1'}", ["3"]],
  ["dtListFilter", "@dtListFilter{@data{data.localData.picked},'3'}", ["1"]],
  ["dtDarkModeAdapter", "@dtDarkModeAdapter{'#FFFFFF', '#1E1E1E'}", "#FFFFFF"],
  ["dtDarkModeAdapter", "@dtDarkModeAdapter{'#FFFFFF', '#1E1E1E'}", "#1E1E1E", { dark: true }],
  ["dtDesignTokenParser", "@dtDesignTokenParser{'common_body_text_style__font_size', '15'}", "15"],
  ["dtDesignTokenParser", "@dtDesignTokenParser{'common_level3_base_color'}", "#99EEF2F8", { dark: true }],
  ["dtParserAvailable", "@dtParserAvailable{'dtDesignTokenParser'}", true],
  ["dtParserAvailable", "@dtParserAvailable{'noSuchParser'}", false],
  ["dtWidgetAvailable", "@dtWidgetAvailable{'DDRichTextView'}", true],
  ["dtVersionEqualOrNewerThan", "@dtVersionEqualOrNewerThan{'7.5.0'}", true],
  ["dtVersionEqualOrNewerThan", "@dtVersionEqualOrNewerThan{'7.10.0'}", false],
  ["dti18NAdapter", "@dti18NAdapter{@dtMapAppend{null,'zh_CN','关闭','en_US','Close'}}", "Close", { locale: "en_US" }],
  ["dti18NAdapter", "@dti18NAdapter{'zh_CN','关闭','en_US','Close'}", "关闭"],
  ["dtTimeFormat", "@dtTimeFormat{@data{data.cardData.time},'yyyy-MM-dd HH:mm'}", "2023-11-15 06:13"],
  ["dtTimeFormat", "@dtTimeFormat{1700000000,'MM/dd'}", "11/15"],
  ["dtServerTimeStamp", "@dtServerTimeStamp{}", 1_700_000_000_000],
  ["dxEventProp", "@dxEventProp{'isPrepareBind'}", false],
  ["dtGetEventChainData", "@dtGetEventChainData{'main_success.value'}", "⟨main_success.value⟩"],
];

describe("expression functions", () => {
  it.each(cases)("%s: %s", (_fn, expression, expected, options) => {
    const result = run(expression, options);
    expect(result.value).toEqual(expected);
    expect(result.unknown).toEqual([]);
  });

  it("covers every function of the table", () => {
    const tested = new Set(cases.map(([fn]) => fn));
    const actions = [
      "linearGradient",
      "dtSendOutData",
      "dtOpenLink",
      "dtConfirm",
      "dtPreviewImage",
      "dtCopyRichText",
      "dtUtStat",
      "dxEventHandler",
      "dtConditionalHandler",
    ];
    for (const name of actions) tested.add(name);
    expect(Object.keys(FUNCTIONS).filter((name) => !tested.has(name))).toEqual([]);
  });

  it("builds gradients, the colours evaluated per theme", () => {
    const gradient = value("@linearGradient{'toLeft', @dtDarkModeAdapter{'#7BFFD5B5', '#99FFD5B5'}, '#FFE9D5'}", {
      dark: true,
    });
    expect(gradient).toEqual(new Gradient("toLeft", ["#99FFD5B5", "#FFE9D5"]));
  });

  it("builds actions without running them, and event lists in order", () => {
    expect(value("@dtOpenLink{@data{data.cardData.title}}")).toEqual(new Action("dtOpenLink", ["Weekly report"]));
    const list = value("@dtCopyRichText{'x'},@dtUtStat{@dtMapAppend{null,'gmKey','copy'}}");
    expect(list).toEqual([new Action("dtCopyRichText", ["x"]), new Action("dtUtStat", [{ gmKey: "copy" }])]);
    const sent = value("@dtSendOutData{@dtMapAppend{null,'localData',@dtMapAppend{@data{data.localData},'tab',0}}}");
    expect(sent).toEqual(new Action("dtSendOutData", [{ localData: { tab: 0, picked: ["1", "3"] } }]));
    for (const name of ["dtConfirm", "dtPreviewImage", "dtUtStat", "dxEventHandler"])
      expect(value(`@${name}{'a'}`)).toEqual(new Action(name, ["a"]));
  });

  it("keeps both handlers of a conditional event with its condition's value", () => {
    const handler = "@dtMapAppend{null,'action','dtToast','args',@dtArrayAppend{null,@toStr{'ok'},@toLong{0}}}";
    const failed = "@dtMapAppend{null,'action','dtToast','args',@dtArrayAppend{null,'failed',2}}";
    const ok = new Action("dtToast", ["ok", 0]);
    const no = new Action("dtToast", ["failed", 2]);
    expect(value(`@dtConditionalHandler{@data{data.cardPrivateData.submitted}, ${handler}, ${failed}}`)).toEqual(
      new Action("dtConditionalHandler", [true, ok, no]),
    );
    expect(value(`@dtConditionalHandler{@data{data.cardData.empty}, ${handler}, ${failed}}`)).toEqual(
      new Action("dtConditionalHandler", [false, ok, no]),
    );
  });

  it("counts an unknown function and a token with neither fallback nor table entry, and goes on", () => {
    const result = run("@concat{'a',@dtNoSuch{1},'b',@dtDesignTokenParser{'no_such_token'}}");
    expect(result.value).toBe("ab");
    expect(result.unknown).toEqual(["dtNoSuch"]);
    expect(result.tokens).toEqual(["no_such_token"]);
  });

  it("never reaches an object's prototype through a path", () => {
    expect(value("@data{data.cardData.constructor}")).toBeNull();
    expect(value("@data{__proto__}")).toBeNull();
    expect(value("@dict_get{@data{data.cardData},'toString'}")).toBeNull();
  });
});
