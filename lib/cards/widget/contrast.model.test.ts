import { describe, expect, it } from "vitest";
import { contrast, legible, legibleOn, over, parseCss, type Rgba } from "./contrast.model";

const white = parseCss("#FFFFFF") as Rgba;
const blue = parseCss("#007FFF") as Rgba;

describe("legible text", () => {
  it("keeps a colour that passes, exactly", () => {
    expect(legible("#171A1D", white)).toBe("#171A1D");
    expect(legibleOn("#FFFFFF", parseCss("#1E1E1E") as Rgba)).toEqual({ color: "#FFFFFF" });
  });

  it("darkens DingTalk's translucent grey on white just enough for 4.5:1", () => {
    const color = legible("#171A1D66", white) ?? "";
    const ratio = contrast(over(parseCss(color) as Rgba, white), white);
    expect(ratio).toBeGreaterThanOrEqual(4.5);
    expect(ratio).toBeLessThan(6);
  });

  it("keeps white on DingTalk's blue and deepens the blue a little instead", () => {
    expect(contrast(white, blue)).toBeLessThan(4.5);
    const fixed = legibleOn("#ffffff", blue);
    expect(fixed.color).toBe("#ffffff");
    expect(contrast(white, fixed.surface as Rgba)).toBeGreaterThanOrEqual(4.5);
    expect(fixed.surface?.b).toBeGreaterThan(200);
  });

  it("uses the other pole when the background may not change, and large text needs 3:1", () => {
    expect(legibleOn("#ffffff", blue, 4.5, false).color).toBe("#000000");
    expect(legible("#ffffff", blue, 3)).toBe("#ffffff");
  });

  it("reads hex and rgb() colours", () => {
    expect(parseCss("#fff")).toEqual({ r: 255, g: 255, b: 255, a: 1 });
    expect(parseCss("rgba(0, 0, 0, 0.5)")).toEqual({ r: 0, g: 0, b: 0, a: 0.5 });
    expect(parseCss("common_fg_color")).toBeUndefined();
  });
});
