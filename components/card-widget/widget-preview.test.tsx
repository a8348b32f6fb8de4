import { NextIntlClientProvider } from "next-intl";
import fc from "fast-check";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { parseCardExport, type ParsedCardTemplate } from "@/lib/cards/card-export.model";
import { FIXTURE_NAMES, fixtureText } from "@/lib/cards/testing/fixtures";
import { buildRender, type RenderNode } from "@/lib/cards/widget/layout.model";
import cards from "@/i18n/messages/cards.en.json";
import base from "@/i18n/messages/en.json";
import { parseWidgetInfo } from "./parse-widget";
import { WidgetPreview } from "./widget-preview";

const messages = { ...base, ...cards };

function template(name: (typeof FIXTURE_NAMES)[number]): ParsedCardTemplate {
  const parsed = parseCardExport(fixtureText(name));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.template;
}

function render(parsed: ParsedCardTemplate, theme: "light" | "dark", width: "mobile" | "desktop" = "mobile") {
  return renderToStaticMarkup(
    <NextIntlClientProvider locale="en" messages={messages} timeZone="Asia/Shanghai">
      <WidgetPreview
        widgetInfo={parsed.widgetInfo ?? ""}
        cardData={parsed.mockData.cardData}
        cardPrivateData={parsed.mockData.cardPrivateData}
        localData={parsed.mockData.localData}
        theme={theme}
        width={width}
      />
    </NextIntlClientProvider>,
  );
}

function texts(node: RenderNode | null, into: string[] = []): string[] {
  if (!node) return into;
  if (node.kind === "text" && node.text) into.push(node.text);
  node.children.forEach((child) => texts(child, into));
  return into;
}

const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

describe("WidgetPreview", () => {
  it.each(FIXTURE_NAMES)("draws %s from its widgetInfo, fully known, in light and dark, with its texts", (name) => {
    const parsed = template(name);
    expect(parsed.widgetInfo).toBeTruthy();
    for (const theme of ["light", "dark"] as const) {
      const html = render(parsed, theme);
      expect(html).toContain('data-testid="widget-preview"');
      expect(html).toContain(`data-theme="${theme}"`);
      expect(html).not.toContain("widget-unknown");
      expect(html).toContain("100% rendered");
      const drawn = texts(
        buildRender(parseWidgetInfo(parsed.widgetInfo ?? "").elements, {
          ...parsed.mockData,
          localData: parsed.mockData.localData ?? {},
          dark: theme === "dark",
          width: 360,
          env: "ios",
        }).root,
      );
      expect(drawn.length).toBeGreaterThan(1);
      for (const text of drawn) expect(html).toContain(escape(text));
    }
  });

  it("paints the card background of each theme (the layout's own dark-mode colours)", () => {
    const parsed = template("form");
    expect(render(parsed, "light")).toContain("background-color:#FFFFFF");
    expect(render(parsed, "dark")).toContain("background-color:#1E1E1E");
  });

  it("shows the card's sample values: the approval's amount and the table's rows", () => {
    expect(render(template("approval"), "light")).toContain("报销金额：1000元");
    const table = render(template("table-h5"), "light", "desktop");
    for (const cell of ["考勤打卡", "433", "智能人事"]) expect(table).toContain(cell);
  });

  it("says what is missing for a layout with an unknown view and function, and draws one placeholder", () => {
    const html = renderToStaticMarkup(
      <NextIntlClientProvider locale="en" messages={messages} timeZone="Asia/Shanghai">
        <WidgetPreview
          widgetInfo={`<LinearLayout width="@data{width}"><DDMagicView><FastTextView text="inside"/></DDMagicView><FastTextView text="@dtNoSuch{1}"/><FastTextView text="kept"/></LinearLayout>`}
          cardData={{}}
          cardPrivateData={{}}
          theme="light"
          width="mobile"
        />
      </NextIntlClientProvider>,
    );
    expect(html.match(/data-testid="widget-unknown"/g)).toHaveLength(1);
    expect(html).toContain("&lt;DDMagicView&gt;: not drawn in the preview");
    expect(html).toContain("not drawn: &lt;DDMagicView&gt;, @dtNoSuch");
    expect(html).toContain("kept");
    expect(html).not.toContain("inside");
  });

  it("falls back to what it is given when the XML does not parse", () => {
    const html = renderToStaticMarkup(
      <NextIntlClientProvider locale="en" messages={messages} timeZone="Asia/Shanghai">
        <WidgetPreview
          widgetInfo="<LinearLayout></FrameLayout>"
          cardData={{}}
          cardPrivateData={{}}
          theme="light"
          width="mobile"
          fallback={<p>tree</p>}
        />
      </NextIntlClientProvider>,
    );
    expect(html).toContain("widget-unreadable");
    expect(html).toContain("<p>tree</p>");
  });

  it("draws any cut or corrupted layout without throwing", () => {
    const xml = template("helloworld").widgetInfo ?? "";
    fc.assert(
      fc.property(fc.nat(xml.length), fc.string({ maxLength: 12 }), fc.boolean(), (cut, junk, dark) => {
        const html = renderToStaticMarkup(
          <NextIntlClientProvider locale="en" messages={messages} timeZone="Asia/Shanghai">
            <WidgetPreview
              widgetInfo={xml.slice(0, cut) + junk + xml.slice(cut + junk.length)}
              cardData={{ title: junk }}
              cardPrivateData={{}}
              theme={dark ? "dark" : "light"}
              width="mobile"
            />
          </NextIntlClientProvider>,
        );
        expect(html.length).toBeGreaterThan(0);
      }),
      { numRuns: 40 },
    );
  });

  it("names icon-only controls by their icon; a thumbnail takes no tap and no focus", () => {
    const widgetInfo = `<LinearLayout width="@data{width}"><DDIconView text="::icon_like::" onTap="@dtOpenLink{'x'}"/><DDTextInput placeholder="note"/><LinearLayout onTap="@dtOpenLink{'y'}"><FastTextView text="Open"/></LinearLayout></LinearLayout>`;
    const draw = (thumbnail: boolean) =>
      renderToStaticMarkup(
        <NextIntlClientProvider locale="en" messages={messages} timeZone="Asia/Shanghai">
          <WidgetPreview
            widgetInfo={widgetInfo}
            cardData={{}}
            cardPrivateData={{}}
            theme="light"
            width="mobile"
            thumbnail={thumbnail}
          />
        </NextIntlClientProvider>,
      );
    const live = draw(false);
    expect(live).toContain('aria-label="Card button: like"');
    expect(live.match(/role="button"/g)).toHaveLength(2);
    expect(live).toContain("widget-coverage");
    const still = draw(true);
    expect(still).not.toContain('role="button"');
    expect(still).not.toContain("widget-tap");
    expect(still).toContain('tabindex="-1"');
    expect(still).not.toContain("widget-coverage");
  });
});
