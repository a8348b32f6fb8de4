import { LIMITS, defineMessageType, linkField, textField } from "../field-schemas";

/*
 * Action cards: a markdown body with buttons. As with markdown, the title only names the message in
 * the chat list. sampleActionCard has one full-width button; sampleActionCard2…5 have 2…5 buttons
 * stacked vertically; sampleActionCard6 has two buttons side by side (different field names).
 */

function cardHeader() {
  return {
    title: textField("text", LIMITS.title, {
      labelKey: "compose.fields.title",
      placeholderKey: "compose.fields.titlePlaceholder",
      helpKey: "compose.fields.listTitleHelp",
      missParamCode: "miss.param.actionCardTotitle",
    }),
    text: textField("markdown", LIMITS.body, {
      labelKey: "compose.fields.markdownText",
      placeholderKey: "compose.fields.markdownPlaceholder",
      helpKey: "compose.fields.markdownHelp",
      missParamCode: "miss.param.actionCardTotext",
    }),
  };
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

export const sampleActionCard2 = defineMessageType("sampleActionCard2", "actionCard", { ...cardHeader(), ...actionButtons(2) });
export const sampleActionCard3 = defineMessageType("sampleActionCard3", "actionCard", { ...cardHeader(), ...actionButtons(3) });
export const sampleActionCard4 = defineMessageType("sampleActionCard4", "actionCard", { ...cardHeader(), ...actionButtons(4) });
export const sampleActionCard5 = defineMessageType("sampleActionCard5", "actionCard", { ...cardHeader(), ...actionButtons(5) });

export const sampleActionCard6 = defineMessageType("sampleActionCard6", "actionCard", {
  ...cardHeader(),
  buttonTitle1: buttonTitle(1),
  buttonUrl1: buttonUrl(1),
  buttonTitle2: buttonTitle(2),
  buttonUrl2: buttonUrl(2),
});
