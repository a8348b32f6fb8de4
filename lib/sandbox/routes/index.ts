import { interactiveCardRoute } from "./cards";
import { createAndDeliverRoute } from "./create-and-deliver";
import { otoRecallRoute, batchSendRoute, readStatusRoute } from "./oto";
import { privateQueryRoute, privateRecallRoute, privateSendRoute } from "./private-chat";
import { tokenRoute } from "./token";
import type { Route } from "./types";

export type { Route } from "./types";

const ROUTES: readonly Route[] = [
  tokenRoute,
  batchSendRoute,
  readStatusRoute,
  otoRecallRoute,
  privateSendRoute,
  privateQueryRoute,
  privateRecallRoute,
  interactiveCardRoute,
  createAndDeliverRoute,
];

/** The DingTalk path table; a known path with the wrong method is "not found" too, as on the gateway. */
export function findRoute(method: string, path: string): Route | undefined {
  return ROUTES.find((r) => r.path === path && r.method === method);
}
