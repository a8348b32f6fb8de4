/**
 * URL rules shared by the msgParam schemas, the markdown parser and the preview. One place decides
 * which links are safe so that the form, the API and the rendered preview can never disagree.
 */

/** Long enough for DingTalk's `dingtalk://dingtalkclient/page/link?url=<encoded https URL>` wrappers. */
export const MAX_URL_LENGTH = 2048;

/** Schemes a recipient may be sent to: the web, and DingTalk's own client deep links. */
const LINK_PROTOCOLS = new Set(["http:", "https:", "dingtalk:"]);
/** Schemes the browser may load as an image or open in a new tab from the preview. */
const WEB_PROTOCOLS = new Set(["http:", "https:"]);

/**
 * Control characters and whitespace are refused outright: browsers strip some of them while parsing
 * (`java\tscript:`), which is how scheme filters are usually bypassed.
 */
const UNSAFE_CHARS = /[\u0000-\u0020\u007f-\u009f\u2028\u2029]/;

function parse(value: string): URL | null {
  if (value.length === 0 || value.length > MAX_URL_LENGTH || UNSAFE_CHARS.test(value)) return null;
  // URL.canParse first: `new URL` throws, and this runs on every keystroke in the preview.
  if (!URL.canParse(value)) return null;
  return new URL(value);
}

function hasProtocol(value: string, protocols: ReadonlySet<string>): boolean {
  const url = parse(value);
  if (!url || !protocols.has(url.protocol)) return false;
  // The WHATWG parser repairs `https:example.com` and `https:\\example.com` into real URLs; DingTalk's
  // clients may not, so the text itself must read `scheme://host`.
  if (value.slice(url.protocol.length, url.protocol.length + 2) !== "//") return false;
  return url.hostname.length > 0;
}

/** http(s) or dingtalk:// (a button, a link card, a markdown link). Refuses javascript:, data:, vbscript: … */
export function isSafeLinkUrl(value: string): boolean {
  return hasProtocol(value, LINK_PROTOCOLS);
}

/** http(s) only: what the preview may load or open in a browser tab. */
export function isWebUrl(value: string): boolean {
  return hasProtocol(value, WEB_PROTOCOLS);
}

/**
 * DingTalk media IDs, as returned by the media upload API, start with "@" (e.g. `@lADPDe7s…`).
 * Image fields (photoURL, picUrl) take either a web URL or such an ID, as DingTalk's own examples do.
 */
const MEDIA_ID = /^@[^\s@]{1,255}$/;

export function isMediaIdReference(value: string): boolean {
  return MEDIA_ID.test(value);
}

/** An image field: an http(s) picture URL or a DingTalk media ID. */
export function isImageSource(value: string): boolean {
  return isWebUrl(value) || isMediaIdReference(value);
}
