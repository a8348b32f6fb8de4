import { describe, expect, it } from "vitest";
import {
  boxStyle,
  childAlignment,
  gravity,
  length,
  selfAlignment,
  size,
  sizeStyle,
  textStyle,
  textVertical,
} from "./style.model";
import { Gradient, cssColor } from "./values.model";

const attrs = (values: Record<string, unknown>) => (name: string) => values[name];

describe("units and sizes", () => {
  it("reads np, ap, px and bare numbers; match_parent and match_content by name", () => {
    expect(length("12np")).toBe(12);
    expect(length("0.5np")).toBe(0.5);
    expect(length("16ap")).toBe(16);
    expect(length("-4np")).toBe(-4);
    expect(length(8)).toBe(8);
    expect(length("auto")).toBeUndefined();
    expect(size("match_parent")).toBe("match_parent");
    expect(size("wrap_content")).toBe("match_content");
    expect(size("360np")).toBe(360);
  });
});

describe("sizes by the parent's layout", () => {
  it("a row: fixed widths do not shrink, match_content may, weight shares the rest, match_parent takes it", () => {
    expect(sizeStyle(attrs({ width: "16np", height: "16np" }), "row")).toMatchObject({
      width: 16,
      height: 16,
      flexShrink: 0,
    });
    expect(sizeStyle(attrs({ width: "match_content" }), "row")).toMatchObject({ flexShrink: 1, minWidth: 0 });
    expect(sizeStyle(attrs({ width: "0np", weight: "2" }), "row")).toMatchObject({
      flexGrow: 2,
      flexBasis: "0px",
      minWidth: 0,
    });
    expect(sizeStyle(attrs({ width: "match_content", weight: 1 }), "row")).toMatchObject({
      flexGrow: 1,
      flexBasis: "auto",
    });
    expect(sizeStyle(attrs({ width: "match_parent" }), "row")).toMatchObject({ flexGrow: 1, flexBasis: "auto" });
    expect(sizeStyle(attrs({ height: "match_parent" }), "row")).toMatchObject({ alignSelf: "stretch" });
  });

  it("a column: the same along the height, match_parent width stretches across", () => {
    expect(sizeStyle(attrs({ width: "match_parent", height: "40np" }), "column")).toMatchObject({
      alignSelf: "stretch",
      height: 40,
      flexShrink: 0,
    });
    expect(sizeStyle(attrs({ height: "0np", weight: 1 }), "column")).toMatchObject({ flexGrow: 1, minHeight: 0 });
  });

  it("a frame and the root: exact sizes, match_parent as 100% (the root's height follows content)", () => {
    expect(sizeStyle(attrs({ width: "match_parent", height: "match_parent" }), "stack")).toMatchObject({
      width: "100%",
      height: "100%",
    });
    expect(sizeStyle(attrs({ width: "360np", height: "match_parent" }), "root")).toMatchObject({
      width: 360,
      height: "auto",
    });
    expect(sizeStyle(attrs({ width: "match_parent" }), "flow")).toMatchObject({ width: "100%", flexBasis: "100%" });
  });

  it("min and max sizes", () => {
    expect(sizeStyle(attrs({ maxWidth: "200np", minHeight: "20np" }), "row")).toMatchObject({
      maxWidth: 200,
      minHeight: 20,
    });
  });
});

describe("gravity", () => {
  it("reads the builder's names and Android's", () => {
    expect(gravity("leftTop")).toEqual({ h: "start", v: "start" });
    expect(gravity("rightCenter")).toEqual({ h: "end", v: "center" });
    expect(gravity("centerBottom")).toEqual({ h: "center", v: "end" });
    expect(gravity("center")).toEqual({ h: "center", v: "center" });
    expect(gravity("left|center_vertical")).toEqual({ h: "start", v: "center" });
    expect(gravity("")).toEqual({});
  });

  it("childGravity: main axis to justify-content, cross axis to align-items", () => {
    expect(childAlignment("row", "rightCenter")).toEqual({ justifyContent: "flex-end", alignItems: "center" });
    expect(childAlignment("column", "rightCenter")).toEqual({ justifyContent: "center", alignItems: "flex-end" });
    expect(childAlignment("stack", "center")).toEqual({ justifyItems: "center", alignItems: "center" });
  });

  it("a child's own gravity places it on the cross axis, or anywhere in a frame", () => {
    expect(selfAlignment(attrs({ gravity: "rightCenter" }), "row")).toEqual({ alignSelf: "center" });
    expect(selfAlignment(attrs({ gravity: "rightCenter" }), "column")).toEqual({ alignSelf: "flex-end" });
    expect(selfAlignment(attrs({ gravity: "rightBottom" }), "stack")).toEqual({ justifySelf: "end", alignSelf: "end" });
  });
});

describe("box painting", () => {
  it("margins and padding per side, a shorthand filling the rest", () => {
    expect(boxStyle(attrs({ margin: "4np", marginTop: "12np", paddingLeft: "8np" }))).toMatchObject({
      marginTop: 12,
      marginRight: 4,
      marginBottom: 4,
      marginLeft: 4,
      paddingLeft: 8,
    });
  });

  it("corner radius (all or per corner) clips, borders need a width and a colour", () => {
    expect(boxStyle(attrs({ cornerRadius: "6np", cornerRadiusLeftTop: "0np" }))).toMatchObject({
      borderTopRightRadius: 6,
      borderBottomLeftRadius: 6,
      overflow: "hidden",
    });
    expect(boxStyle(attrs({ borderWidth: "0.5np", borderColor: "#297e868e" })).border).toBe("0.5px solid #7e868e29");
    expect(boxStyle(attrs({ borderWidth: "1np" })).border).toBeUndefined();
  });

  it("colours are ARGB when eight digits; gradients paint as CSS gradients", () => {
    expect(cssColor("#3D171A1D")).toBe("#171A1D3D");
    expect(cssColor("#FFF")).toBe("#FFF");
    expect(cssColor("common_fg_color")).toBeUndefined();
    expect(boxStyle(attrs({ backgroundColor: "#00000000" })).backgroundColor).toBe("#00000000");
    const gradient = new Gradient("toLeft", ["#FFD5B5", "#FFE9D5"]);
    expect(boxStyle(attrs({ backgroundColor: gradient })).backgroundImage).toBe(
      "linear-gradient(to left, #FFD5B5, #FFE9D5)",
    );
    expect(boxStyle(attrs({ backgroundGradient: gradient, backgroundColor: "#007FFF" }))).toMatchObject({
      backgroundColor: "#007FFF",
      backgroundImage: "linear-gradient(to left, #FFD5B5, #FFE9D5)",
    });
    expect(boxStyle(attrs({ alpha: "0.5" })).opacity).toBe(0.5);
  });
});

describe("text", () => {
  it("size, colour, bold, italic, strike-through, line height, alignment and line clamp", () => {
    const text = textStyle(
      attrs({
        textSize: "14np",
        textColor: "#66171A1D",
        isBold: "true",
        isItalic: true,
        isStrikeThrough: "true",
        lineHeight: "21np",
        textGravity: "center",
        maxLines: "2",
        lineBreakMode: "end",
      }),
    );
    expect(text.css).toEqual({
      fontSize: 14,
      color: "#171A1D66",
      fontWeight: 600,
      fontStyle: "italic",
      textDecoration: "line-through",
      lineHeight: "21px",
      textAlign: "center",
    });
    expect(text.maxLines).toBe(2);
    expect(text.ellipsis).toBe(true);
    expect(textStyle(attrs({ isBold: "false", lineBreakMode: "clip" }))).toMatchObject({
      css: {},
      maxLines: 0,
      ellipsis: false,
    });
  });

  it("places text vertically: centred unless told", () => {
    expect(textVertical(attrs({}))).toBe("center");
    expect(textVertical(attrs({ textGravity: "leftTop" }))).toBe("flex-start");
  });
});
