import { LIMITS, defineMessageType, linkField, textField } from "../field-schemas";
import { titledMarkdown } from "./markdown";

/*
 * Action cards: a markdown body with buttons. As with markdown, the title only names the message in
 * the chat list. sampleActionCard has one full-width button; sampleActionCard2…5 have 2…5 buttons
 * stacked vertically; sampleActionCard6 has two buttons side by side (different field names).
 */

function cardHeader() {
  return titledMarkdown({ title: "miss.param.actionCardTotitle", text: "miss.param.actionCardTotext" });
}

function buttonTitle(n: number) {
  return textField("text", LIMITS.buttonTitle, {
    labelKey: "compose.fields.buttonTitle",
    labelValues: { n },
    placeholderKey: "compose.fields.buttonTitlePlaceholder",
    missParamCode: "miss.param.actionCardTobtnsTotitle",
  });
}

function buttonUrl(n: number) {
  return linkField({
    labelKey: "compose.fields.buttonUrl",
    labelValues: { n },
    placeholderKey: "compose.fields.urlPlaceholder",
    helpKey: "compose.fields.linkUrlHelp",
    missParamCode: "miss.param.actionCardTobtnsToactionUrl",
  });
}

type TitleSpec = ReturnType<typeof buttonTitle>;
type UrlSpec = ReturnType<typeof buttonUrl>;
interface Upto {
  2: 1 | 2;
  3: 1 | 2 | 3;
  4: 1 | 2 | 3 | 4;
  5: 1 | 2 | 3 | 4 | 5;
}
type ActionButtons<N extends keyof Upto> = { [P in `actionTitle${Upto[N]}`]: TitleSpec } & {
  [P in `actionURL${Upto[N]}`]: UrlSpec;
};

/** actionTitle1, actionURL1, actionTitle2, … in that order (the form shows each title above its link). */
function actionButtons<N extends keyof Upto>(count: N): ActionButtons<N> {
  const specs: Record<string, TitleSpec | UrlSpec> = {};
  for (let n = 1; n <= count; n++) {
    specs[`actionTitle${n}`] = buttonTitle(n);
    specs[`actionURL${n}`] = buttonUrl(n);
  }
  // The loop writes exactly the keys ActionButtons<N> names; TypeScript cannot follow a loop.
  return specs as ActionButtons<N>;
}

/** @public used through the catalog's namespace import */
export const sampleActionCard = defineMessageType("sampleActionCard", "actionCard", {
  ...cardHeader(),
  singleTitle: textField("text", LIMITS.buttonTitle, {
    labelKey: "compose.fields.singleTitle",
    placeholderKey: "compose.fields.buttonTitlePlaceholder",
    missParamCode: "miss.param.actionCardTosingleTitle",
  }),
  singleURL: linkField({
    labelKey: "compose.fields.singleUrl",
    placeholderKey: "compose.fields.urlPlaceholder",
    helpKey: "compose.fields.linkUrlHelp",
    missParamCode: "miss.param.actionCardTosingleUrl",
  }),
});

/** sampleActionCard2…5: the card head and `count` buttons stacked vertically. */
function stackedButtonCard<const K extends string, N extends keyof Upto>(msgKey: K, count: N) {
  return defineMessageType(msgKey, "actionCard", { ...cardHeader(), ...actionButtons(count) });
}

/** @public used through the catalog's namespace import */
export const sampleActionCard2 = stackedButtonCard("sampleActionCard2", 2);
/** @public used through the catalog's namespace import */
export const sampleActionCard3 = stackedButtonCard("sampleActionCard3", 3);
/** @public used through the catalog's namespace import */
export const sampleActionCard4 = stackedButtonCard("sampleActionCard4", 4);
/** @public used through the catalog's namespace import */
export const sampleActionCard5 = stackedButtonCard("sampleActionCard5", 5);

/** @public used through the catalog's namespace import */
export const sampleActionCard6 = defineMessageType("sampleActionCard6", "actionCard", {
  ...cardHeader(),
  buttonTitle1: buttonTitle(1),
  buttonUrl1: buttonUrl(1),
  buttonTitle2: buttonTitle(2),
  buttonUrl2: buttonUrl(2),
});
