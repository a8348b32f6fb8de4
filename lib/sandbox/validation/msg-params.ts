import { fail } from "../errors";
import { isRecord, utf8Bytes } from "./common";

/** A field the message type requires, and the `miss.param.*` code DingTalk answers when it is absent. */
interface Required {
  field: string;
  code: string;
}

const req = (field: string, code: string): Required => ({ field, code });

function actionCardN(n: number): Required[] {
  const rules = [req("title", "miss.param.actionCardTotitle"), req("text", "miss.param.actionCardTotext")];
  for (let i = 1; i <= n; i++) {
    rules.push(req(`actionTitle${i}`, "miss.param.actionCardTobtnsTotitle"));
    rules.push(req(`actionURL${i}`, "miss.param.actionCardTobtnsToactionUrl"));
  }
  return rules;
}

/**
 * msgKey -> required fields, in the order DingTalk checks them: the `miss.param.*` codes of the error
 * table of
 * https://open.dingtalk.com/document/development/the-robot-sends-ordinary-messages-in-a-person-to-person-conversation
 * and the msgParam fields of https://open.dingtalk.com/document/development/robot-message-type.
 */
const MSG_KEYS: Readonly<Record<string, readonly Required[]>> = {
  sampleText: [req("content", "miss.param.contentOfText")],
  sampleMarkdown: [req("title", "miss.param.markdownTotitle"), req("text", "miss.param.markdownTotext")],
  sampleImageMsg: [req("photoURL", "miss.param.photoTophotoUrl")],
  // picUrl is optional: DingTalk's error table has no miss.param code for it.
  sampleLink: [
    req("text", "miss.param.textOfLink"),
    req("title", "miss.param.titleOfLink"),
    req("messageUrl", "miss.param.messageUrlOfLink"),
  ],
  sampleActionCard: [
    req("title", "miss.param.actionCardTotitle"),
    req("text", "miss.param.actionCardTotext"),
    req("singleTitle", "miss.param.actionCardTosingleTitle"),
    req("singleURL", "miss.param.actionCardTosingleUrl"),
  ],
  sampleActionCard2: actionCardN(2),
  sampleActionCard3: actionCardN(3),
  sampleActionCard4: actionCardN(4),
  sampleActionCard5: actionCardN(5),
  sampleActionCard6: [
    req("title", "miss.param.actionCardTotitle"),
    req("text", "miss.param.actionCardTotext"),
    req("buttonTitle1", "miss.param.actionCardTobtnsTotitle"),
    req("buttonUrl1", "miss.param.actionCardTobtnsToactionUrl"),
    req("buttonTitle2", "miss.param.actionCardTobtnsTotitle"),
    req("buttonUrl2", "miss.param.actionCardTobtnsToactionUrl"),
  ],
  sampleAudio: [req("mediaId", "miss.param.audio"), req("duration", "miss.param.audio")],
  sampleFile: [
    req("mediaId", "miss.param.file"),
    req("fileName", "miss.param.file"),
    req("fileType", "miss.param.file"),
  ],
  sampleVideo: [
    req("duration", "miss.param.video"),
    req("videoMediaId", "miss.param.video"),
    req("videoType", "miss.param.video"),
    req("picMediaId", "miss.param.video"),
  ],
};

export interface ValidMessage {
  msgKey: string;
  msgParam: string;
}

/**
 * Checks msgKey/msgParam the way the robot APIs do. The size limit: DingTalk documents
 * `invalidParameter.msgParam.tooLong` but no number. 20,000 bytes is the commonly cited robot
 * message limit, comfortably above any real announcement (a long markdown post is a few KB), and
 * low enough that a client which never handles tooLong gets caught in tests.
 */
export function validateMessage(msgKey: unknown, msgParam: unknown, maxBytes: number): ValidMessage {
  if (msgKey === undefined || msgKey === null || msgKey === "") fail("invalidParameter.msgKey.empty");
  if (typeof msgKey !== "string" || !Object.hasOwn(MSG_KEYS, msgKey)) fail("invalidParameter.msgKey.invalid");
  if (typeof msgParam !== "string") fail("invalidParameter.msgParam.invalid");
  let parsed: unknown;
  try {
    parsed = JSON.parse(msgParam);
  } catch {
    fail("invalidParameter.msgParam.invalid");
  }
  if (!isRecord(parsed)) fail("invalidParameter.msgParam.invalid");
  if (utf8Bytes(msgParam) > maxBytes) fail("invalidParameter.msgParam.tooLong");
  for (const rule of MSG_KEYS[msgKey] ?? []) {
    const v = parsed[rule.field];
    // Numbers travel as strings per DingTalk's docs, but a bare number is still "present".
    const present = (typeof v === "string" && v.trim() !== "") || typeof v === "number";
    if (!present) fail(rule.code);
  }
  return { msgKey, msgParam };
}
