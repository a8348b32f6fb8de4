import { describe, expect, it } from "vitest";
import { isImageSource, isMediaIdReference, isSafeLinkUrl, isWebUrl } from "./url";

describe("url rules", () => {
  it("lets links be http(s) or dingtalk://, images http(s) or a media ID", () => {
    expect(isSafeLinkUrl("dingtalk://dingtalkclient/page/link?url=https%3A%2F%2Fa.b")).toBe(true);
    expect(isWebUrl("dingtalk://dingtalkclient/page/link")).toBe(false);
    expect(isWebUrl("https://a.b/c.png")).toBe(true);
    expect(isImageSource("@lADOADmaWMzazQKA")).toBe(true);
    expect(isMediaIdReference("lADOADmaWMzazQKA")).toBe(false);
  });

  it("refuses scripts, data, control characters and repaired URLs", () => {
    for (const url of [
      "javascript:alert(1)",
      "jAvAsCrIpT:alert(1)",
      "java\nscript:alert(1)",
      "\u0000https://a.b",
      "https://a.b/\u2028",
      "data:text/html;base64,PHNjcmlwdD4=",
      "blob:https://a.b/uuid",
      "https:a.b",
      "https:/a.b",
      "http://",
      "",
    ]) {
      expect(isSafeLinkUrl(url), JSON.stringify(url)).toBe(false);
      expect(isImageSource(url), JSON.stringify(url)).toBe(false);
    }
  });
});
