import { fail } from "../errors";
import { optString } from "../validation/common";
import type { Route } from "./types";

/**
 * Internal-app token. A wrong key or secret gets DingTalk's own answer, confirmed from public
 * material (live probe + the doc's error table): HTTP 400 `invalidClientIdOrSecret`.
 */
export const tokenRoute: Route = {
  method: "POST",
  path: "/v1.0/oauth2/accessToken",
  handle({ sim, body }) {
    const appKey = optString(body, "appKey", "invalidClientIdOrSecret");
    const appSecret = optString(body, "appSecret", "invalidClientIdOrSecret");
    const o = sim.options;
    if (!appKey || !appSecret || appKey !== o.appKey || appSecret !== o.appSecret || sim.refuseAppKey) {
      fail("invalidClientIdOrSecret");
    }
    return sim.issueToken(appKey);
  },
};
