import { describe, expect, it } from "vitest";
import { negotiateLocale } from "./locale";

describe("negotiateLocale", () => {
  it("takes the highest-ranked supported language", () => {
    expect(negotiateLocale("en-US,en;q=0.9,zh-CN;q=0.8")).toBe("en");
    expect(negotiateLocale("zh-TW,zh;q=0.9,en;q=0.8")).toBe("zh-CN");
    expect(negotiateLocale("fr-FR,en;q=0.5,zh;q=0.7")).toBe("zh-CN");
  });

  it("falls back to Chinese when nothing matches or the header is missing", () => {
    expect(negotiateLocale("fr-FR,de;q=0.9")).toBe("zh-CN");
    expect(negotiateLocale(undefined)).toBe("zh-CN");
    expect(negotiateLocale("")).toBe("zh-CN");
  });

  it("ignores languages refused with q=0", () => {
    expect(negotiateLocale("en;q=0,zh-CN;q=0.1")).toBe("zh-CN");
  });
});
