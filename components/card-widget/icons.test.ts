import { describe, expect, it } from "vitest";
import { iconOf } from "./icons";

describe("icon names", () => {
  it("draws known names, by exact name or a word they start or end with, and a dot for the rest", () => {
    expect(iconOf("::icon_like::")).toBe("like");
    expect(iconOf("::icon_XDS_Selected::")).toBe("selected");
    expect(iconOf("::icon_XDS_CircleLine::")).toBe("circle");
    expect(iconOf("::icon_XDS_Unselected::")).toBe("circle");
    expect(iconOf("::icon_dislike_fill::")).toBe("dislike");
    expect(iconOf("::icon_wd_close::")).toBe("close");
    expect(iconOf("::icon_compile::")).toBe("edit");
    expect(iconOf("::icon_arrow_down::")).toBe("down");
    expect(iconOf("::icon_zz_unheard_of::")).toBe("dot");
    expect(iconOf("已读")).toBeNull();
  });
});
