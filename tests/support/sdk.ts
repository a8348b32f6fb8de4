/**
 * The official DingTalk SDK (`@alicloud/dingtalk`, a devDependency) aimed at a local sandbox, for
 * contract tests. Imported from `dist/<api>/client` because the package's top-level `robot_1_0.js`
 * shims ship no type declarations (and the package index loads every DingTalk product).
 */
import Im, * as $Im from "@alicloud/dingtalk/dist/im_1_0/client";
import OAuth2, * as $OAuth2 from "@alicloud/dingtalk/dist/oauth2_1_0/client";
import Robot, * as $Robot from "@alicloud/dingtalk/dist/robot_1_0/client";
import { Config } from "@alicloud/openapi-client";
import { RuntimeOptions } from "@alicloud/tea-util";

export { $Im, $OAuth2, $Robot };

export interface SdkClients {
  robot: Robot;
  im: Im;
  oauth2: OAuth2;
}

/** All three clients over plain HTTP to 127.0.0.1:<port>; the SDK builds `${protocol}://${endpoint}${path}`. */
export function sdkClients(port: number): SdkClients {
  // One Config per client: the SDK's constructor writes into the Config it is given (config.type).
  const config = () => new Config({ protocol: "http", endpoint: `127.0.0.1:${port}`, regionId: "central" });
  return { robot: new Robot(config()), im: new Im(config()), oauth2: new OAuth2(config()) };
}

/**
 * Runtime options for `*WithOptions` calls: no SDK-side retries (`autoretry` unset), so every call
 * the test makes is exactly one request in the sandbox log.
 */
export function sdkRuntime(): RuntimeOptions {
  return new RuntimeOptions({});
}

/** `code` and HTTP status of what an SDK (or our client) call threw, narrowed from `unknown`. */
export function errorCodeAndStatus(error: unknown): { code: unknown; status: unknown } {
  if (typeof error !== "object" || error === null) return { code: undefined, status: undefined };
  const code = "code" in error ? error.code : undefined;
  // The SDK's ResponseError carries `statusCode`; DingTalkError carries `httpStatus`.
  const status = "statusCode" in error ? error.statusCode : "httpStatus" in error ? error.httpStatus : undefined;
  return { code, status };
}
