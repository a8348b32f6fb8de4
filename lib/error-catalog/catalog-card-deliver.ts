import { CARD_TEMPLATE_ID_MISSING } from "./catalog-card";
import { entry } from "./catalog-helpers";
import type { CatalogEntry, ErrorCatalog } from "./catalog-types";

/**
 * Errors of POST /v1.0/card/instances/createAndDeliver, the successor of the interactiveCards/send
 * card API (error table of DingTalk's "创建并投放卡片" page,
 * https://open.dingtalk.com/document/development/create-and-deliver-cards).
 * Its `system.busy` (HTTP 500) shares the
 * platform entry; the client treats any 5xx as "reads-only" whatever the code.
 */
function dynamicData(what: string, zh: string): CatalogEntry {
  return entry(
    400,
    "card",
    "never",
    [
      `Dynamic data source: ${what}`,
      `The card's openDynamicDataConfig is incomplete or wrong: ${what}.`,
      "Fix the dynamic data source settings of the card (or send without dynamic data).",
    ],
    [
      `动态数据源：${zh}`,
      `卡片的 openDynamicDataConfig 配置不完整或有误：${zh}。`,
      "请修正卡片的动态数据源配置（或不使用动态数据源发送）。",
    ],
  );
}

export const CARD_DELIVER_ERRORS: ErrorCatalog = {
  "param.outTrackIdEmpty": entry(
    400,
    "card",
    "never",
    [
      "outTrackId missing",
      "The card had no outTrackId, the caller-chosen ID that identifies the card instance.",
      "Provide a unique outTrackId; Dingcast generates one per card.",
    ],
    [
      "outTrackId 为空",
      "卡片缺少用于标识卡片实例的 outTrackId。",
      "请提供唯一的 outTrackId；Dingcast 会为每张卡片自动生成。",
    ],
  ),
  "param.openSpaceIdEmpty": entry(
    400,
    "card",
    "never",
    [
      "Delivery target missing",
      "openSpaceId, which says where the card is delivered, was empty.",
      "Provide openSpaceId, e.g. dtv1.card//IM_ROBOT.userId1;IM_ROBOT.userId2 for robot direct messages.",
    ],
    [
      "投放场域为空",
      "用于指定卡片投放位置的 openSpaceId 为空。",
      "请提供 openSpaceId，例如机器人单聊为 dtv1.card//IM_ROBOT.userId1;IM_ROBOT.userId2。",
    ],
  ),
  "param.openDeliverModelEmpty": entry(
    400,
    "card",
    "never",
    [
      "Delivery settings missing",
      "No delivery model was given for the space type in openSpaceId (e.g. imRobotOpenDeliverModel for IM_ROBOT).",
      'Add the delivery model matching each space type; for robot direct messages send imRobotOpenDeliverModel {spaceType: "IM_ROBOT", robotCode}.',
    ],
    [
      "场域投放模型为空",
      "openSpaceId 中的场域类型缺少对应的投放模型（例如 IM_ROBOT 需要 imRobotOpenDeliverModel）。",
      '请为每种场域类型提供对应的投放模型；机器人单聊请传 imRobotOpenDeliverModel {spaceType: "IM_ROBOT", robotCode}。',
    ],
  ),
  "param.openDeliverModelError": entry(
    400,
    "card",
    "never",
    [
      "Delivery settings malformed",
      "A delivery model (imRobotOpenDeliverModel, imGroupOpenDeliverModel …) has a wrong format.",
      "Check the delivery model's fields, e.g. that imGroupOpenDeliverModel has a robotCode.",
    ],
    [
      "场域投放模型格式错误",
      "某个投放模型（imRobotOpenDeliverModel、imGroupOpenDeliverModel 等）格式错误。",
      "请检查投放模型的字段，例如 imGroupOpenDeliverModel 必须包含 robotCode。",
    ],
  ),
  "param.openSpaceIdInvalid": entry(
    400,
    "card",
    "never",
    [
      "Invalid delivery target",
      "openSpaceId does not follow the format dtv1.card//SPACE_TYPE.spaceId;SPACE_TYPE.spaceId.",
      "Rebuild openSpaceId with the “dtv1.card//” prefix and IM_ROBOT.<userId> or IM_GROUP.<openConversationId> parts separated by “;”.",
    ],
    [
      "openSpaceId 不符合规范",
      "openSpaceId 不符合 dtv1.card//场域类型.场域ID;场域类型.场域ID 的格式。",
      "请以“dtv1.card//”为前缀，用“;”分隔 IM_ROBOT.<userId> 或 IM_GROUP.<openConversationId> 重新拼接。",
    ],
  ),
  "param.cardTemplateIdEmpty": CARD_TEMPLATE_ID_MISSING,
  "param.userIdEmpty": entry(
    400,
    "recipient",
    "never",
    [
      "User ID missing",
      "A userId required by the card request was empty.",
      "Check the recipients and the card creator's userId.",
    ],
    ["用户 userId 为空", "卡片请求需要的 userId 为空。", "请检查接收人以及卡片创建者的 userId。"],
  ),
  "param.cardPublicDataEmpty": entry(
    400,
    "card",
    "never",
    [
      "Card data missing",
      "cardData (the card's public data) was empty.",
      "Send cardData.cardParamMap with the template's variables; every value must be a string.",
    ],
    [
      "卡片公共数据为空",
      "卡片公共数据 cardData 为空。",
      "请传入包含模板变量的 cardData.cardParamMap，所有取值都必须是字符串。",
    ],
  ),
  "param.userIdNotExist": entry(
    400,
    "recipient",
    "never",
    [
      "User does not exist",
      "A userId in the request does not exist in this organisation, or userIdType does not match the IDs (1 = userId, 2 = unionId).",
      "Check the recipients against the address book and the userIdType setting.",
    ],
    [
      "用户不存在",
      "请求中的某个 userId 在本组织不存在，或 userIdType 与 ID 类型不符（1 为 userId，2 为 unionId）。",
      "请对照通讯录核对接收人，并检查 userIdType。",
    ],
  ),
  "param.dynamicDataMappingEmpty": dynamicData("the data mapping is empty", "数据映射为空"),
  "param.dynamicSourceIdEmpty": dynamicData("the data source ID is empty", "数据源配置 ID 为空"),
  "param.dynamicDataPullConfigEmpty": dynamicData("the pull configuration is empty", "拉取配置为空"),
  "param.dynamicDataPullIntervalInvalid": dynamicData(
    "the pull interval is empty or invalid (minimum 3 s)",
    "拉取间隔为空或非法（最小 3 秒）",
  ),
  "param.dynamicDataPullIntervalTimeUnitInvalid": dynamicData(
    "the pull interval unit is empty or invalid",
    "拉取间隔时间单位为空或非法",
  ),
  "param.dynamicDataSourcePullStrategyEmpty": dynamicData("the pull strategy is empty", "拉取策略为空"),
  "param.dynamicDataMappingPathEmpty": dynamicData("a data mapping path is empty", "数据映射路径为空"),
  "param.dynamicDataValueTypeEmpty": dynamicData("a data value type is empty", "数据类型为空"),
  "param.contentUnsafe": entry(
    400,
    "content-safety",
    "never",
    [
      "Card rejected by content check",
      "The card data did not pass DingTalk's content safety review.",
      "Review the card's text, links and images, then send with a new outTrackId.",
    ],
    [
      "卡片数据未通过安全审查",
      "卡片数据没有通过钉钉的内容安全审查。",
      "请检查卡片中的文字、链接和图片，然后使用新的 outTrackId 发送。",
    ],
  ),
  "param.openSpaceModelInvalid": entry(
    400,
    "card",
    "never",
    [
      "Invalid space settings",
      "A space model (imRobotOpenSpaceModel, imGroupOpenSpaceModel …) is malformed, e.g. supportForward is missing.",
      "Send the space model for each space type with supportForward set (true or false).",
    ],
    [
      "场域属性模型错误",
      "某个场域模型（imRobotOpenSpaceModel、imGroupOpenSpaceModel 等）格式错误，例如缺少 supportForward。",
      "请为每种场域类型传入场域模型，并设置 supportForward（true 或 false）。",
    ],
  ),
  "param.cardNotExist": entry(
    400,
    "card",
    "never",
    [
      "Card does not exist",
      "No card instance exists for this outTrackId.",
      "Create the card first (createAndDeliver) before updating or delivering it again.",
    ],
    ["卡片不存在", "该 outTrackId 没有对应的卡片实例。", "请先创建卡片（创建并投放），再进行更新或再次投放。"],
  ),
  "param.cardAlreadyExist": entry(
    400,
    "card",
    "never",
    [
      "Card already exists",
      "A card with this outTrackId was already created. If an earlier send ended with an unknown result, this means DingTalk did accept it.",
      "Use a new outTrackId for a new card. Templates and data are cached per outTrackId, so a changed card always needs a new one.",
    ],
    [
      "卡片已经存在",
      "该 outTrackId 的卡片已经创建过。如果之前的发送结果未知，说明钉钉其实已经接收了那次请求。",
      "新卡片请使用新的 outTrackId。模板和数据按 outTrackId 缓存，修改后的卡片必须使用新的 outTrackId。",
    ],
  ),
  "param.templateNotExist": entry(
    400,
    "card",
    "never",
    [
      "Card template not found",
      "No card template exists for this cardTemplateId in this organisation.",
      "Check the template ID in the card platform of the developer console; templates belong to the app that created them.",
    ],
    [
      "卡片模板不存在",
      "本组织中不存在该 cardTemplateId 对应的卡片模板。",
      "请在开发者后台的卡片平台核对模板 ID；模板归属于创建它的应用。",
    ],
  ),
  "param.templateUnpublished": entry(
    400,
    "card",
    "never",
    [
      "Card template not published",
      "The card template exists but has not been published.",
      "Publish the template in the card platform, then send with a new outTrackId.",
    ],
    ["卡片模板未发布", "卡片模板存在，但尚未发布。", "请在卡片平台发布模板，然后使用新的 outTrackId 发送。"],
  ),
};
