import { describe, expect, it } from "vitest";
import { answerPrompt, runTap } from "./actions.model";
import { buildRender } from "./layout.model";
import { Action } from "./values.model";

describe("runTap", () => {
  it("applies local data and describes the callback it would send, then what the answer triggers", () => {
    const send = new Action("dtSendOutData", [
      { localData: { status: "loading" }, actionId: "submit", cardInstanceId: "preview", requestEventId: "req" },
    ]);
    const events = new Map([["req", [new Action("dtToast", ["提交成功", 0])]]]);
    const result = runTap([send], { keep: 1 }, { events });
    expect(result.localData).toEqual({ keep: 1, status: "loading" });
    expect(result.notes).toEqual([
      { kind: "local", keys: ["status"] },
      { kind: "send", payload: { actionId: "submit", cardInstanceId: "preview", requestEventId: "req" } },
    ]);
    expect(result.after).toEqual([{ kind: "toast", text: "提交成功" }]);
  });

  it("describes links, confirmations, image previews, copies, statistics, handlers and other calls without running them", () => {
    const result = runTap(
      [
        new Action("dtOpenLink", ["https://example.com"]),
        new Action("dtConfirm", [
          {
            title: { zh_CN: "关闭", en_US: "Close" },
            message: { en_US: "Sure?" },
            confirmAction: "dtSendOutData",
            confirmData: { actionId: "close" },
          },
        ]),
        new Action("dtPreviewImage", ["@lALP"]),
        new Action("dtCopyRichText", ["text"]),
        new Action("dtUtStat", [{ gmKey: "k" }]),
        new Action("dxEventHandler", ["node_input"]),
        new Action("dtCallAPI", [{ type: "callJSAPI" }]),
      ],
      {},
      { events: new Map(), locale: "en_US" },
    );
    expect(result.localData).toBeNull();
    expect(result.notes).toEqual([
      { kind: "open", url: "https://example.com" },
      { kind: "confirm", title: "Close", message: "Sure?", then: [{ kind: "send", payload: { actionId: "close" } }] },
      { kind: "image", url: "@lALP" },
      { kind: "copy", text: "text" },
      { kind: "stat", payload: { gmKey: "k" } },
      { kind: "handler", id: "node_input" },
      { kind: "other", name: "dtCallAPI", payload: { type: "callJSAPI" } },
    ]);
  });

  it("stops an event chain that loops", () => {
    const loop = new Action("dtSendOutData", [{ requestEventId: "x" }]);
    expect(() => runTap([loop], {}, { events: new Map([["x", [loop]]]) })).not.toThrow();
  });

  it("follows the builder's event chain of a handler, and carries on from a prompt's answer", () => {
    const chains = {
      node_input: {
        main: { type: "dtOpenLink", params: {}, next: "@triple{@equal{'normal','normal'},'$(main_success)',''}" },
        main_success: {
          type: "dtCallAPI",
          dataKey: "main_success",
          params: {
            type: "callJSAPI",
            params: {
              apiName: "device.notification.prompt",
              params: {
                title: "@toStr{'参与接龙'}",
                defaultText: "@toStr{@data{data.localData.remark}}",
                buttonLabels: "@dtArrayAppend{null,@dti18NAdapter{'提交','提交','Submit'},'取消'}",
              },
            },
          },
          callback: {
            success: "@triple{@equal{@toStr{@dtGetEventChainData{'main_success.buttonIndex'}},'0'},'$(send)',''}",
          },
        },
        send: {
          type: "dtSendOutData",
          params: { actionId: "remark", remark: "@dtGetEventChainData{'main_success.value'}" },
        },
      },
    };
    const { evaluate } = buildRender([], {
      cardData: {},
      cardPrivateData: {},
      localData: { remark: "old" },
      dark: false,
      width: 360,
      env: "ios",
    });
    const context = { events: new Map(), chains, evaluate };
    const tap = runTap([new Action("dxEventHandler", ["node_input"])], {}, context);
    expect(tap.notes).toEqual([
      {
        kind: "then",
        notes: [
          {
            kind: "prompt",
            handler: "node_input",
            step: "main_success",
            title: "参与接龙",
            message: "",
            defaultText: "old",
            buttons: ["提交", "取消"],
          },
        ],
      },
    ]);
    const reply = { handler: "node_input", step: "main_success", value: "Tom +1" };
    expect(answerPrompt({ ...reply, buttonIndex: 0 }, {}, context).notes).toEqual([
      { kind: "send", payload: { actionId: "remark", remark: "Tom +1" } },
    ]);
    expect(answerPrompt({ ...reply, buttonIndex: 1 }, {}, context).notes).toEqual([]);
  });

  it("names a handler it has no chain for", () => {
    expect(runTap([new Action("dxEventHandler", ["x"])], {}, { events: new Map() }).notes).toEqual([
      { kind: "handler", id: "x" },
    ]);
  });

  it("applies an event chain's local update (helloworld's input: the prompt's answer becomes local_input)", () => {
    const chains = { input: { main: { type: "dtUpdateLocalData", params: { localData: { local_input: "typed" } } } } };
    const result = runTap(
      [new Action("dxEventHandler", ["input"])],
      { other: 1 },
      { events: new Map(), chains, evaluate: () => null },
    );
    expect(result.localData).toEqual({ other: 1, local_input: "typed" });
  });

  it("runs the chosen handler of a conditional on a tap, and shows both when it runs after a callback", () => {
    const conditional = (chosen: boolean) =>
      new Action("dtConditionalHandler", [
        chosen,
        new Action("dtOpenLink", ["https://m"]),
        new Action("dtToast", ["pc"]),
      ]);
    expect(runTap([conditional(true)], {}, { events: new Map() }).notes).toEqual([{ kind: "open", url: "https://m" }]);
    expect(runTap([conditional(false)], {}, { events: new Map() }).notes).toEqual([{ kind: "toast", text: "pc" }]);
    const send = new Action("dtSendOutData", [{ actionId: "a", requestEventId: "req" }]);
    const after = runTap([send], {}, { events: new Map([["req", [conditional(false)]]]) }).after;
    expect(after).toEqual([
      { kind: "either", first: [{ kind: "open", url: "https://m" }], second: [{ kind: "toast", text: "pc" }] },
    ]);
  });
});
