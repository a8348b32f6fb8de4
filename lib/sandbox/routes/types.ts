import type { SimulatorState } from "../state";
import type { JsonObject } from "../validation/common";

interface RouteContext {
  sim: SimulatorState;
  body: JsonObject;
  query: URLSearchParams;
  /** The app the access token belongs to ("" on the token endpoint). */
  appKey: string;
  now: number;
}

export interface Route {
  method: "GET" | "POST";
  path: string;
  handle(ctx: RouteContext): unknown;
}
