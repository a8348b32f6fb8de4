import { describe, expect, it } from "vitest";
import { calledFunctions, parseExpression, type Expr } from "./expression.model";

const call = (name: string, ...args: Expr[]): Expr => ({ k: "call", name, args });
const lit = (v: string | number | boolean | null): Expr => ({ k: "lit", v });

describe("parseExpression", () => {
  it("keeps plain text, sizes and media ids as literals", () => {
    expect(parseExpression("客户端版本过低，请升级")).toEqual(lit("客户端版本过低，请升级"));
    expect(parseExpression("14np")).toEqual(lit("14np"));
    expect(parseExpression("@lALPDe7syH8nG_wcHA")).toEqual(lit("@lALPDe7syH8nG_wcHA"));
    expect(parseExpression("a, b")).toEqual(lit("a, b"));
  });

  it("reads calls with quoted, bare, numeric, boolean and null arguments", () => {
    expect(parseExpression("@triple{@data{data.cardData.tag}, 'visible' , gone}")).toEqual(
      call("triple", call("data", lit("data.cardData.tag")), lit("visible"), lit("gone")),
    );
    expect(parseExpression("@dtMapAppend{null,'n',2,'ok',true,'v',-1.5}")).toEqual(
      call("dtMapAppend", lit(null), lit("n"), lit(2), lit("ok"), lit(true), lit("v"), lit(-1.5)),
    );
    // A quoted number stays text.
    expect(parseExpression("@toLong{'0'}")).toEqual(call("toLong", lit("0")));
  });

  it("reads empty calls, empty arguments and quotes holding the syntax's own characters", () => {
    expect(parseExpression("@subdataIndex{}")).toEqual(call("subdataIndex"));
    expect(parseExpression("@concat{'a,b}c',''}")).toEqual(call("concat", lit("a,b}c"), lit("")));
    expect(parseExpression("@concat{'it\\'s'}")).toEqual(call("concat", lit("it's")));
    expect(parseExpression("@f{,}")).toEqual(call("f", lit(""), lit("")));
  });

  it("joins adjacent pieces of one argument", () => {
    expect(parseExpression("@concat{@toStr{1}np}")).toEqual(
      call("concat", { k: "concat", parts: [call("toStr", lit(1)), lit("np")] }),
    );
  });

  it("reads an event list and a text with calls inside", () => {
    expect(parseExpression("@dtCopyRichText{'x'},@dtUtStat{'y'}")).toEqual({
      k: "seq",
      items: [call("dtCopyRichText", lit("x")), call("dtUtStat", lit("y"))],
    });
    expect(parseExpression("Total: @data{n} items")).toEqual({
      k: "concat",
      parts: [lit("Total: "), call("data", lit("n")), lit(" items")],
    });
  });

  it("turns what it cannot read into an error node instead of throwing", () => {
    for (const broken of ["@triple{a,b", "@concat{'open", `${"@f{".repeat(400)}${"}".repeat(400)}`])
      expect(parseExpression(broken).k).toBe("error");
  });

  it("lists every function a value calls", () => {
    const names = calledFunctions(
      parseExpression("@triple{@equal{@data{env},'pc'},@linearGradient{'toLeft','#fff','#000'},''}"),
    );
    expect([...names].sort()).toEqual(["data", "equal", "linearGradient", "triple"]);
  });
});
