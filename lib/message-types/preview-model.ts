import { audioSeconds, catalog, formatDuration, isMsgKey, parseDigits, type MsgKey } from "./catalog";
import { field, readLooseParam, type LooseParam } from "./loose-param";
import { MAX_SOURCE, parseMarkdown, type MarkdownDocument } from "./markdown";
import { isMediaIdReference, isSafeLinkUrl, isWebUrl } from "./url";

/**
 * What DingTalk would show for a msgKey + msgParam, independent of React. The preview renders it as
 * the admin types, so this accepts half-filled and invalid values and never throws: a missing field
 * becomes "" (the component shows a placeholder), an unsafe URL becomes null.
 */

/** A picture: loadable from the web, a DingTalk media ID (not loadable in a browser), or none. */
export type PreviewImage = { kind: "web"; src: string } | { kind: "media"; mediaId: string } | { kind: "none" };

export interface PreviewLink {
  href: string;
  /** http(s): the preview may open it in a new tab. dingtalk:// only works inside DingTalk. */
  opensInBrowser: boolean;
}

export interface PreviewButton {
  /** 1-based position, for the "Button {n}" placeholder of an empty title. */
  index: number;
  title: string;
  link: PreviewLink | null;
}

/** DingTalk stacks the buttons of sampleActionCard…5 and lays sampleActionCard6's two side by side. */
export type ButtonOrientation = "VERTICAL" | "HORIZONTAL";

export type FileIcon = "pdf" | "word" | "excel" | "powerpoint" | "archive" | "text" | "generic";

export type PreviewModel =
  | { kind: "text"; text: string }
  /** listTitle is only what the chat list and notification show; the bubble renders the body. */
  | { kind: "markdown"; listTitle: string; body: MarkdownDocument }
  | { kind: "image"; image: PreviewImage }
  | { kind: "link"; title: string; text: string; picture: PreviewImage; link: PreviewLink | null }
  | {
      kind: "actionCard";
      listTitle: string;
      body: MarkdownDocument;
      orientation: ButtonOrientation;
      buttons: PreviewButton[];
    }
  | { kind: "audio"; seconds: number | null; duration: string | null; hasMedia: boolean }
  | { kind: "file"; fileName: string; fileType: string; icon: FileIcon; hasMedia: boolean }
  | { kind: "video"; seconds: number | null; duration: string | null; hasMedia: boolean; cover: PreviewImage }
  | { kind: "unknown"; msgKey: string };

export type PreviewKind = PreviewModel["kind"];

function image(value: string): PreviewImage {
  if (isWebUrl(value)) return { kind: "web", src: value };
  if (isMediaIdReference(value)) return { kind: "media", mediaId: value };
  return { kind: "none" };
}

function mediaImage(mediaId: string): PreviewImage {
  return mediaId ? { kind: "media", mediaId } : { kind: "none" };
}

function link(value: string): PreviewLink | null {
  return isSafeLinkUrl(value) ? { href: value, opensInBrowser: isWebUrl(value) } : null;
}

/** A Map, not an object literal: a file type typed as "constructor" must not find Object.prototype. */
const FILE_ICONS: ReadonlyMap<string, FileIcon> = new Map([
  ["pdf", "pdf"],
  ["doc", "word"],
  ["docx", "word"],
  ["xls", "excel"],
  ["xlsx", "excel"],
  ["ppt", "powerpoint"],
  ["pptx", "powerpoint"],
  ["zip", "archive"],
  ["rar", "archive"],
  ["txt", "text"],
]);

/** The declared type, or the file name's extension while the type is still empty. */
function fileTypeOf(fileType: string, fileName: string): string {
  if (fileType) return fileType.toLowerCase();
  const dot = fileName.lastIndexOf(".");
  return dot > 0 ? fileName.slice(dot + 1).toLowerCase() : "";
}

function buttonsFor(msgKey: MsgKey, get: (name: string) => string): PreviewButton[] {
  if (msgKey === "sampleActionCard") return [{ index: 1, title: get("singleTitle"), link: link(get("singleURL")) }];
  if (msgKey === "sampleActionCard6") {
    return [1, 2].map((n) => ({ index: n, title: get(`buttonTitle${n}`), link: link(get(`buttonUrl${n}`)) }));
  }
  // sampleActionCard2…5: the count is fixed by the msgKey, even while fields are still empty.
  const count = catalog[msgKey].fields.filter((f) => f.name.startsWith("actionTitle")).length;
  return Array.from({ length: count }, (_, i) => ({
    index: i + 1,
    title: get(`actionTitle${i + 1}`),
    link: link(get(`actionURL${i + 1}`)),
  }));
}

function durationOf(
  raw: string,
  toSeconds: (n: number) => number,
): { seconds: number | null; duration: string | null } {
  const n = parseDigits(raw);
  if (n === null) return { seconds: null, duration: null };
  const seconds = toSeconds(n);
  return { seconds, duration: formatDuration(seconds) };
}

function modelFor(msgKey: MsgKey, param: LooseParam): PreviewModel {
  const get = (name: string) => field(param, name);
  switch (msgKey) {
    case "sampleText":
      return { kind: "text", text: get("content").slice(0, MAX_SOURCE) };
    case "sampleMarkdown":
      return { kind: "markdown", listTitle: get("title"), body: parseMarkdown(get("text")) };
    case "sampleImageMsg":
      return { kind: "image", image: image(get("photoURL")) };
    case "sampleLink":
      return {
        kind: "link",
        title: get("title"),
        text: get("text"),
        picture: image(get("picUrl")),
        link: link(get("messageUrl")),
      };
    case "sampleActionCard":
    case "sampleActionCard2":
    case "sampleActionCard3":
    case "sampleActionCard4":
    case "sampleActionCard5":
    case "sampleActionCard6":
      return {
        kind: "actionCard",
        listTitle: get("title"),
        body: parseMarkdown(get("text")),
        orientation: msgKey === "sampleActionCard6" ? "HORIZONTAL" : "VERTICAL",
        buttons: buttonsFor(msgKey, get),
      };
    case "sampleAudio":
      return { kind: "audio", ...durationOf(get("duration"), audioSeconds), hasMedia: get("mediaId") !== "" };
    case "sampleFile": {
      const fileType = fileTypeOf(get("fileType"), get("fileName"));
      return {
        kind: "file",
        fileName: get("fileName"),
        fileType,
        icon: FILE_ICONS.get(fileType) ?? "generic",
        hasMedia: get("mediaId") !== "",
      };
    }
    case "sampleVideo":
      return {
        kind: "video",
        ...durationOf(get("duration"), (n) => n),
        hasMedia: get("videoMediaId") !== "",
        cover: mediaImage(get("picMediaId")),
      };
  }
}

/** msgParam may be the form's object or the stored JSON string; msgKey may be anything. */
export function toPreviewModel(msgKey: string, msgParam: unknown): PreviewModel {
  if (!isMsgKey(msgKey)) return { kind: "unknown", msgKey: String(msgKey).slice(0, 100) };
  return modelFor(msgKey, readLooseParam(msgParam));
}
