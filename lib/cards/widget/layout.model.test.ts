import { describe, expect, it } from "vitest";
import { parseWidgetInfo } from "@/components/card-widget/parse-widget";
import { runTap } from "./actions.model";
import { buildRender, type RenderNode, type RenderOptions } from "./layout.model";
import { VIEW_NAMES } from "./views.model";

function draw(xml: string, options: Partial<RenderOptions> = {}) {
  const parsed = parseWidgetInfo(xml);
  expect(parsed.error).toBe(false);
  return buildRender(parsed.elements, {
    cardData: {},
    cardPrivateData: {},
    localData: {},
    dark: false,
    width: 360,
    env: "ios",
    now: 0,
    ...options,
  });
}
const root = (xml: string, options?: Partial<RenderOptions>) => draw(xml, options).root as RenderNode;
const texts = (node: RenderNode | null): string[] =>
  node
    ? [...(node.text !== undefined && node.kind === "text" ? [node.text] : []), ...node.children.flatMap(texts)]
    : [];

describe("containers", () => {
  it("LinearLayout runs across by default and down when vertical, children top-left unless childGravity", () => {
    const across = root(`<LinearLayout width="@data{width}"><View width="10np"/></LinearLayout>`);
    expect(across.css).toMatchObject({ display: "flex", flexDirection: "row", alignItems: "flex-start", width: 360 });
    const down = root(`<LinearLayout orientation="vertical" childGravity="center"><View/></LinearLayout>`);
    expect(down.css).toMatchObject({ flexDirection: "column", justifyContent: "center", alignItems: "center" });
    expect(down.children[0]?.kind).toBe("view");
  });

  it("FrameLayout stacks its children in one grid cell, each placed by its gravity", () => {
    const frame = root(
      `<FrameLayout width="100np" height="50np"><View width="10np" gravity="rightBottom"/><View/></FrameLayout>`,
    );
    expect(frame.css).toMatchObject({ display: "grid", width: 100, height: 50 });
    expect(frame.children[0]?.css).toMatchObject({ gridArea: "1 / 1", justifySelf: "end", alignSelf: "end" });
  });

  it("GridLayout lays its items in columns with spacing", () => {
    const grid = root(
      `<GridLayout columnCount="3" columnSpacing="8np" rowSpacing="4np" listData="@data{data.cardData.cells}"><FastTextView text="@subdata{'t'}"/></GridLayout>`,
      {
        cardData: { cells: [{ t: "a" }, { t: "b" }, { t: "c" }, { t: "d" }] },
      },
    );
    expect(grid.css).toMatchObject({
      display: "grid",
      gridTemplateColumns: "repeat(3, minmax(0, 1fr))",
      columnGap: 8,
      rowGap: 4,
    });
    expect(texts(grid)).toEqual(["a", "b", "c", "d"]);
  });

  it("ListLayout repeats its children per item, down by default, with @subdata, @subdataIndex and @parentSubdata", () => {
    const list = root(
      `<ListLayout listData="@data{data.cardData.rows}"><ListLayout orientation="horizontal" listData="@data{data.cardData.cols}"><FastTextView text="@concat{@subdataIndex{},':',@toStr{@dict_get{@parentSubdata{},@subdata{'key'}}}}"/></ListLayout></ListLayout>`,
      {
        cardData: {
          rows: [
            { a: 1, b: 2 },
            { a: 3, b: 4 },
          ],
          cols: [{ key: "a" }, { key: "b" }],
        },
      },
    );
    expect(list.css.flexDirection).toBe("column");
    expect(list.children[0]?.css.flexDirection).toBe("row");
    expect(texts(list)).toEqual(["0:1", "1:2", "0:3", "1:4"]);
    expect(list.children[1]?.key).toBe("0[1].0");
  });

  it("a list given as JSON text (how cardParamMap carries it) is read as the list", () => {
    const list = root(
      `<ListLayout listData="@data{data.cardData.rows}"><FastTextView text="@subdata{'t'}"/></ListLayout>`,
      {
        cardData: { rows: '[{"t":"a"},{"t":"b"}]' },
      },
    );
    expect(texts(list)).toEqual(["a", "b"]);
  });

  it("a list without a list draws nothing, and DDFlowLayout wraps", () => {
    expect(
      root(`<ListLayout listData="@data{data.cardData.none}"><FastTextView text="x"/></ListLayout>`).children,
    ).toEqual([]);
    const flow = root(
      `<DDFlowLayout itemSpacing="6np" lineSpacing="6np"><FastTextView text="a"/><FastTextView text="b"/></DDFlowLayout>`,
    );
    expect(flow.css).toMatchObject({ display: "flex", flexWrap: "wrap", columnGap: 6, rowGap: 6 });
  });
});

describe("visibility", () => {
  it("gone removes a view, invisible keeps its place", () => {
    const node = root(
      `<LinearLayout><FastTextView text="a" visibility="gone"/><FastTextView text="b" visibility="@triple{true,invisible,visible}"/></LinearLayout>`,
    );
    expect(node.children).toHaveLength(1);
    expect(node.children[0]?.css.visibility).toBe("hidden");
  });
});

describe("leaves", () => {
  it("FastTextView: its text, font and clamp", () => {
    const text = root(
      `<FastTextView text="@toStr{@data{data.cardData.title}}" textSize="15np" maxLines="1" lineBreakMode="end" height="40np"/>`,
      {
        cardData: { title: "Hi" },
      },
    );
    expect(text).toMatchObject({ kind: "text", text: "Hi", maxLines: 1, ellipsis: true });
    expect(text.textCss).toMatchObject({ fontSize: 15, justifyContent: "center" });
  });

  it("DDRichTextView: its markdown; DDIconView: its icon name; DDTextInput: its placeholder", () => {
    expect(
      root(`<DDRichTextView attributedText="@data{data.cardData.md}"/>`, { cardData: { md: "**x**" } }).markdown,
    ).toBe("**x**");
    expect(root(`<DDIconView text="::icon_copy::" textSize="16np"/>`).text).toBe("::icon_copy::");
    expect(root(`<DDTextInput placeholder="请输入" text="v"/>`)).toMatchObject({
      kind: "input",
      placeholder: "请输入",
      text: "v",
    });
  });

  it("ImageView: web addresses are tried, media ids become a placeholder of the given size", () => {
    expect(root(`<ImageView imageUrl="https://example.com/a.png" scaleType="fitCenter"/>`)).toMatchObject({
      imageUrl: "https://example.com/a.png",
      imageFit: "contain",
    });
    const media = root(`<ImageView width="16np" height="16np" imageUrl="@const{'@lALPDfYH6hnANq1AQA'}"/>`);
    expect(media.imageUrl).toBeNull();
    expect(media.css).toMatchObject({ width: 16, height: 16 });
  });

  it("DDLoadingView rests as a ring of its size and colour; DDChartView carries its data", () => {
    expect(root(`<DDLoadingView size="18np" color="#99171a1d"/>`)).toMatchObject({
      css: { width: 18, height: 18 },
      loadingColor: "#171a1d99",
    });
    expect(
      root(`<DDChartView chartData="@data{data.cardData.c}"/>`, { cardData: { c: [{ x: "a", y: 1 }] } }).chart,
    ).toEqual([{ x: "a", y: 1 }]);
    // Under a name not seen before: the first attribute that reads as chart data.
    const data = { cardData: { c: [{ x: "a", y: 1 }] } };
    expect(root(`<DDChartView width="100np" chartSpec="@data{data.cardData.c}"/>`, data).chart).toEqual([
      { x: "a", y: 1 },
    ]);
  });

  it("DDAnimationView and DDCSSStyleView draw nothing but style their target at rest (first keyframe)", () => {
    const node = root(
      `<LinearLayout userId="box"><DDCSSStyleView targetNode="box" cssStyles="@dtMapAppend{null,'border','2px solid transparent','animation','spin 2s infinite','position','fixed'}"/><DDAnimationView name="spin" animation="@dtMapAppend{null,'0%',@dtMapAppend{null,'background-image','linear-gradient(red, blue)'},'50%',@dtMapAppend{null,'background-image','none'}}"/></LinearLayout>`,
    );
    expect(node.children).toEqual([]);
    expect(node.css).toMatchObject({
      border: "2px solid transparent",
      backgroundImage: "linear-gradient(red, blue)",
      position: "relative",
    });
  });

  it("DDEventView registers what runs after a callback", () => {
    const result = draw(
      `<LinearLayout><DDEventView userId="req" onEvent="@dtMapAppend{null,'action','dtToast','args',@dtArrayAppend{null,'ok'}}"/></LinearLayout>`,
    );
    expect(result.root?.children).toEqual([]);
    expect(result.events.get("req")?.[0]?.name).toBe("dtToast");
  });

  it("an unknown view is one placeholder (its children are not drawn) and is counted", () => {
    const result = draw(
      `<LinearLayout><DDFancyView width="20np"><FastTextView text="x"/></DDFancyView></LinearLayout>`,
    );
    expect(result.root?.children[0]).toMatchObject({ kind: "unknown", view: "DDFancyView", children: [] });
    expect([...result.unknownViews]).toEqual([["DDFancyView", 1]]);
  });
});

describe("taps", () => {
  const tabs = `<LinearLayout orientation="vertical">
    <LinearLayout>
      <FastTextView text="Tab A" onTap="@dtSendOutData{@dtMapAppend{null,'localData',@dtMapAppend{@data{data.localData},'tab',0}}}"/>
      <FastTextView text="Tab B" onTap="@dtSendOutData{@dtMapAppend{null,'localData',@dtMapAppend{@data{data.localData},'tab',1}}}"/>
    </LinearLayout>
    <FastTextView text="Content A" visibility="@triple{@equal{@toLong{@data{data.localData.tab}},0},visible,gone}"/>
    <FastTextView text="Content B" visibility="@triple{@equal{@data{data.localData.tab},1},visible,gone}"/>
    <FastTextView text="Submit" enabled="false" onTap="@dtSendOutData{@dtMapAppend{null,'actionId','submit','requestEventId','req'}}"/>
  </LinearLayout>`;

  it("switches a tab through local data, as the client does", () => {
    const first = draw(tabs, { localData: { tab: 0, other: "kept" } });
    expect(texts(first.root)).toContain("Content A");
    const tabB = first.root?.children[0]?.children[1];
    const tap = runTap(tabB?.taps ?? [], { tab: 0, other: "kept" }, { events: first.events });
    expect(tap.localData).toEqual({ tab: 1, other: "kept" });
    expect(tap.notes).toEqual([{ kind: "local", keys: ["tab", "other"] }]);
    const second = draw(tabs, { localData: tap.localData ?? {} });
    expect(texts(second.root)).toEqual(["Tab A", "Tab B", "Content B", "Submit"]);
  });

  it("a disabled view keeps its actions but is not enabled", () => {
    const submit = draw(tabs).root?.children.at(-1);
    expect(submit?.enabled).toBe(false);
    expect(submit?.taps).toHaveLength(1);
  });

  it("opens and closes a collapse panel (the builder's Dropdown: a local flag flipped between 1 and 0)", () => {
    const key = "@concat{@toStr{'Dropdown'},'node_p'}";
    const panel = `<LinearLayout orientation="vertical">
      <LinearLayout onTap="@dtSendOutData{@dtMapAppend{null,'localData',@dtMapAppend{@data{data.localData},${key},@triple{@data{@concat{'data.localData.',${key}}},0,1}}}}"><FastTextView text="下拉菜单"/></LinearLayout>
      <LinearLayout visibility="@triple{@not{@data{@concat{'data.localData.',${key}}}},gone,visible}"><FastTextView text="Inside"/></LinearLayout>
    </LinearLayout>`;
    let local: Record<string, unknown> = {};
    const open = () => {
      const result = draw(panel, { localData: local });
      local = runTap(result.root?.children[0]?.taps ?? [], local, { events: result.events }).localData ?? local;
      return texts(draw(panel, { localData: local }).root);
    };
    expect(texts(draw(panel).root)).toEqual(["下拉菜单"]);
    expect(open()).toEqual(["下拉菜单", "Inside"]);
    expect(open()).toEqual(["下拉菜单"]);
  });

  it("cuts a view at its height limit until its fold key says unfold", () => {
    const xml = `<LinearLayout tborderJson="@concat{'heightLimit-480-_cardFoldStatusLocalDataKey-',@toStr{@data{data.localData._cardFoldStatusLocalDataKey}}}"/>`;
    expect(root(xml).fold).toEqual({ limit: 480, key: "_cardFoldStatusLocalDataKey", folded: true });
    expect(root(xml, { localData: { _cardFoldStatusLocalDataKey: "unfold" } }).fold?.folded).toBe(false);
    expect(root(`<LinearLayout tborderJson="hover-color-#0075EB"/>`).fold).toBeUndefined();
  });
});

describe("every view", () => {
  /** What each view draws as the only child of a vertical LinearLayout, with its own layout rule. */
  const expected: Record<string, (node: RenderNode | undefined) => void> = {
    LinearLayout: (node) => expect(node?.css).toMatchObject({ display: "flex", flexDirection: "row" }),
    FrameLayout: (node) => expect(node?.css).toMatchObject({ display: "grid", gridTemplateColumns: "minmax(0, 1fr)" }),
    GridLayout: (node) =>
      expect(node?.css).toMatchObject({ display: "grid", gridTemplateColumns: "repeat(2, minmax(0, 1fr))" }),
    ListLayout: (node) => expect(node?.css).toMatchObject({ display: "flex", flexDirection: "column" }),
    DDFlowLayout: (node) => expect(node?.css).toMatchObject({ display: "flex", flexWrap: "wrap" }),
    View: (node) => expect(node?.css).toMatchObject({ display: "flex", flexDirection: "column", height: 8 }),
    FastTextView: (node) => expect(node).toMatchObject({ kind: "text", text: "t", maxLines: 2 }),
    TextView: (node) => expect(node).toMatchObject({ kind: "text", text: "t", maxLines: 2 }),
    DDRichTextView: (node) => expect(node).toMatchObject({ kind: "rich", markdown: "**m**" }),
    ImageView: (node) => expect(node).toMatchObject({ kind: "image", imageUrl: null, css: { width: 20, height: 8 } }),
    DDIconView: (node) => expect(node).toMatchObject({ kind: "icon", text: "t" }),
    DDTextInput: (node) => expect(node).toMatchObject({ kind: "input", placeholder: "p" }),
    DDChartView: (node) => expect(node).toMatchObject({ kind: "chart", chart: [{ x: "a", y: 1 }] }),
    DDLoadingView: (node) => expect(node).toMatchObject({ kind: "loading", css: { width: 20, height: 8 } }),
    DDAnimationView: (node) => expect(node).toBeUndefined(),
    DDEventView: (node) => expect(node).toBeUndefined(),
    DDCSSStyleView: (node) => expect(node).toBeUndefined(),
  };

  it("has a rule tested for each view the renderer knows", () => {
    expect([...VIEW_NAMES].sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(VIEW_NAMES)("%s: draws by its own rule", (view) => {
    const attrs = `width="20np" height="8np" columnCount="2" text="t" maxLines="2" attributedText="**m**" imageUrl="@lALPmedia" placeholder="p" chartData="@data{data.cardData.rows}"`;
    const card = root(`<LinearLayout orientation="vertical"><${view} ${attrs}></${view}></LinearLayout>`, {
      cardData: { rows: [{ x: "a", y: 1 }] },
    });
    expected[view]?.(card.children[0]);
  });
});
