import { fail } from "../errors";
import type { SimulatorState } from "../state";
import { isRecord, optString, optStringList, requireString, type JsonObject } from "../validation/common";
import { CREATE_AND_DELIVER_LIMITS, parseParamMap, parsePrivateData } from "../validation/card-params";
import { MAX_OUT_TRACK_ID, addCardMessage, checkUserIdType } from "./cards";
import type { Route } from "./types";

const PATH = "/v1.0/card/instances/create-and-deliver";
const PREFIX = "dtv1.card//";
type SpaceType = "IM_GROUP" | "IM_SINGLE" | "IM_ROBOT" | "ONE_BOX";
const SPACE_TYPES: readonly SpaceType[] = ["IM_GROUP", "IM_SINGLE", "IM_ROBOT", "ONE_BOX"];

interface Space {
  type: SpaceType;
  id: string;
}

interface DeliverResult {
  spaceType: SpaceType;
  spaceId: string;
  success: boolean;
  carrierId?: string;
  errorMsg?: string;
}

/** `dtv1.card//IM_ROBOT.user1;IM_GROUP.cid...;` -> spaces. The docs' own example writes types in lower case. */
function parseOpenSpaceId(raw: string): Space[] {
  if (raw.slice(0, PREFIX.length).toLowerCase() !== PREFIX) fail("param.openSpaceIdInvalid");
  const seen = new Set<string>();
  const spaces: Space[] = [];
  for (const part of raw.slice(PREFIX.length).split(";")) {
    if (part === "") continue;
    const dot = part.indexOf(".");
    const type = part.slice(0, dot).toUpperCase() as SpaceType;
    const id = part.slice(dot + 1);
    if (dot <= 0 || id === "" || !SPACE_TYPES.includes(type)) fail("param.openSpaceIdInvalid");
    if (seen.has(`${type}.${id}`)) continue;
    seen.add(`${type}.${id}`);
    spaces.push({ type, id });
  }
  if (spaces.length === 0) fail("param.openSpaceIdInvalid");
  return spaces;
}

function deliverModel(body: JsonObject, key: string): JsonObject {
  const model = body[key];
  if (model === undefined || model === null)
    fail("param.openDeliverModelEmpty", `${key} is required for this openSpaceId`);
  if (!isRecord(model)) fail("param.openDeliverModelError", `${key} must be an object`);
  return model;
}

function robotOf(sim: SimulatorState, model: JsonObject, required: boolean): string {
  const code = optString(model, "robotCode", "param.openDeliverModelError");
  if (!code) {
    if (required) fail("param.openDeliverModelError", "robotCode is required");
    // An internal app's IM_ROBOT delivery defaults to the app's own robot.
    return sim.options.robotCodes[0] ?? "";
  }
  if (!sim.isKnownRobot(code)) fail("param.invalid", `robotCode ${code} does not exist`);
  return code;
}

/**
 * Judgement calls (documented behaviour first, then choices):
 * - request-shape problems fail the call (codes from the API's error table); problems with one
 *   space (unknown user or conversation) fail only that entry of deliverResults;
 * - every IM space gets its own `carrierId`, which the docs define as the processQueryKey for read
 *   lists: pass it as `processQueryKey` to privateChatMessages/query (and to its batchRecall);
 * - an outTrackId identifies one card forever ("a new card needs a new outTrackId"), so reusing one
 *   is `param.cardAlreadyExist` and nothing is delivered;
 * - cardParamMap and privateData keys over 100 bytes or values over 1 KB are `param.invalid`,
 *   the table's code for an illegal parameter;
 * - ONE_BOX (group top bar) is accepted but is not an IM message: no carrierId, no delivery.
 */
export const createAndDeliverRoute: Route = {
  method: "POST",
  path: PATH,
  handle({ sim, body, now }) {
    const cardTemplateId = requireString(body, "cardTemplateId", "param.cardTemplateIdEmpty", "param.invalid");
    const outTrackId = requireString(body, "outTrackId", "param.outTrackIdEmpty", "param.invalid");
    if (outTrackId.length > MAX_OUT_TRACK_ID) fail("param.invalid", `outTrackId longer than ${MAX_OUT_TRACK_ID}`);
    if (!isRecord(body.cardData)) fail("param.cardPublicDataEmpty");
    const cardParamMap = parseParamMap(body.cardData.cardParamMap, "cardData.cardParamMap", CREATE_AND_DELIVER_LIMITS);
    const privateData = parsePrivateData(body.privateData, CREATE_AND_DELIVER_LIMITS);
    checkUserIdType(body.userIdType);
    const openSpaceId = requireString(body, "openSpaceId", "param.openSpaceIdEmpty", "param.openSpaceIdInvalid");
    const spaces = parseOpenSpaceId(openSpaceId);
    const types = new Set(spaces.map((s) => s.type));

    const robots: Partial<Record<SpaceType, string>> = {};
    let groupRecipients: string[] | undefined;
    if (types.has("IM_ROBOT")) {
      const model = deliverModel(body, "imRobotOpenDeliverModel");
      if (model.spaceType !== undefined && model.spaceType !== "IM_ROBOT")
        fail("param.openDeliverModelError", "spaceType must be IM_ROBOT");
      robots.IM_ROBOT = robotOf(sim, model, false);
    }
    if (types.has("IM_GROUP")) {
      const model = deliverModel(body, "imGroupOpenDeliverModel");
      robots.IM_GROUP = robotOf(sim, model, true);
      groupRecipients = optStringList(model, "recipients", "param.openDeliverModelError");
    }
    if (types.has("IM_SINGLE")) robots.IM_SINGLE = robotOf(sim, deliverModel(body, "imSingleOpenDeliverModel"), false);
    if (types.has("ONE_BOX")) {
      const model = deliverModel(body, "topOpenDeliverModel");
      if (typeof model.expiredTimeMillis !== "number")
        fail("param.openDeliverModelError", "expiredTimeMillis is required");
    }
    if (sim.store.outTracks.has(outTrackId)) fail("param.cardAlreadyExist");
    sim.store.outTracks.set(outTrackId, { cardTemplateId, api: PATH });

    const card = { cardTemplateId, outTrackId, cardParamMap, privateData };
    const deliver = (robotCode: string, recipients: string[], openConversationId?: string): string =>
      addCardMessage(sim, now, { api: PATH, robotCode, recipients, openConversationId, card }).pqk;

    const deliverResults = spaces.map((s): DeliverResult => {
      const base = { spaceType: s.type, spaceId: s.id };
      if (s.type === "ONE_BOX") return { ...base, success: true };
      if (s.type === "IM_ROBOT") {
        if (sim.isUnknownUser(s.id)) return { ...base, success: false, errorMsg: "param.userIdNotExist" };
        return { ...base, success: true, carrierId: deliver(robots.IM_ROBOT ?? "", [s.id]) };
      }
      const conv = sim.conversation(s.id);
      if (!conv) return { ...base, success: false, errorMsg: "invalid.openConversationId" };
      const members =
        s.type === "IM_GROUP" && groupRecipients && groupRecipients.length > 0 ? groupRecipients : conv.memberIds;
      return {
        ...base,
        success: true,
        carrierId: deliver(robots[s.type] ?? "", [...new Set(members)], conv.openConversationId),
      };
    });
    return { success: true, result: { outTrackId, deliverResults } };
  },
};
