import { expect, request as playwrightRequest, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { APP_URL } from "../../playwright.config";
import { PROBLEM_CONTENT_TYPE, problemSchema } from "../../lib/core/problem";
import { listActions, listApiRoutes, listPages, type GuardRole } from "../support/guard-inventory";
import { publicActions, publicApiRoutes, publicPages } from "../support/public-surface";
import { anonymous, storageStates } from "./accounts";
import { builtActions, callAction } from "./server-actions";

/**
 * Every page, API route and server action of the running app, found by scanning the source and
 * the build (not a hand-kept list), requested anonymously, with a forged session cookie, and as a
 * viewer. Nothing but the public list may answer without a session, and nothing above the viewer's
 * role may answer a viewer.
 */
const PLACEHOLDER_ID = "00000000-0000-4000-8000-000000000000";
const concrete = (route: string) => route.replace(/\[\.\.\.[^\]]+\]/g, "x").replace(/\[[^\]]+\]/g, PLACEHOLDER_ID);
const rank: Record<GuardRole, number> = { viewer: 0, sender: 1, admin: 2 };

const pages = listPages().filter((page) => !(page.route in publicPages));
const apiRoutes = listApiRoutes().filter((route) => !(route.route in publicApiRoutes));
const actions = builtActions().filter((action) => !(`${action.file}#${action.name}` in publicActions));

async function expectProblem(response: APIResponse, kind: string, label: string) {
  expect(response.headers()["content-type"], label).toBe(PROBLEM_CONTENT_TYPE);
  const body = problemSchema.parse(await response.json());
  expect(body.type, label).toBe(`/api-docs#problem-${kind}`);
  expect(body.status, label).toBe(response.status());
  expect(body.detail.length, label).toBeGreaterThan(0);
  return body;
}

async function context(
  storageState: typeof anonymous | string,
  extraHTTPHeaders?: Record<string, string>,
): Promise<APIRequestContext> {
  return playwrightRequest.newContext({ baseURL: APP_URL, storageState, extraHTTPHeaders });
}

test.describe("every entry point", () => {
  test("sends anonymous visitors to sign in, and answers anonymous API calls with a 401 problem", async () => {
    const request = await context(anonymous);
    for (const page of pages) {
      const response = await request.get(concrete(page.route), { maxRedirects: 0 });
      expect(response.status(), page.file).toBe(307);
      expect(response.headers()["location"], page.file).toMatch(/^\/login/);
    }
    for (const route of apiRoutes) {
      for (const { method, apiKeyScope } of route.methods) {
        const response = await request.fetch(concrete(route.route), { method, maxRedirects: 0 });
        expect(response.status(), `${method} ${route.file}`).toBe(401);
        // One error contract: the automation API and the console's routes both answer problem+json.
        await expectProblem(response, apiKeyScope ? "unauthorized" : "signed-out", `${method} ${route.file}`);
      }
    }
    await request.dispose();
  });

  test("gives nothing to a forged session cookie: the server checks, not only the proxy", async () => {
    const request = await context(anonymous, { cookie: "dingcast.session_token=forged.c2lnbmF0dXJl" });
    for (const page of pages) {
      const response = await request.get(concrete(page.route), { maxRedirects: 0 });
      expect(response.status(), page.file).toBe(307);
      expect(response.headers()["location"], page.file).toMatch(/\/login/);
    }
    for (const route of apiRoutes) {
      for (const { method } of route.methods) {
        const response = await request.fetch(concrete(route.route), { method, maxRedirects: 0 });
        expect(response.status(), `${method} ${route.file}`).toBe(401);
      }
    }
    expect(actions.length).toBeGreaterThan(3);
    for (const action of actions) {
      const result = await callAction(request, APP_URL, action);
      // Either the proxy or the page layout sends it to sign in, or the action itself refuses.
      const refused =
        result.body.includes('"code":"UNAUTHENTICATED"') ||
        (result.status >= 300 && result.status < 400 && /\/login/.test(result.location ?? ""));
      expect(refused, `${action.file}#${action.name}: ${result.status} ${result.body.slice(0, 200)}`).toBe(true);
    }
    await request.dispose();
  });

  test("refuses a viewer everything above their role with 403, and serves the rest", async () => {
    const request = await context(storageStates.viewer);
    for (const page of pages) {
      const response = await request.get(concrete(page.route), { maxRedirects: 0 });
      const expected = page.role && rank[page.role] > rank.viewer ? [403] : [200, 404];
      expect(expected, `${page.file} answered ${response.status()}`).toContain(response.status());
    }
    for (const route of apiRoutes) {
      for (const { method, role, apiKeyScope } of route.methods) {
        const response = await request.fetch(concrete(route.route), { method, maxRedirects: 0 });
        // A console session is no API key: the automation API refuses it like an anonymous call.
        if (apiKeyScope) expect(response.status(), `${method} ${route.file}`).toBe(401);
        else if (role && rank[role] > rank.viewer) {
          expect(response.status(), `${method} ${route.file}`).toBe(403);
          await expectProblem(response, "role-missing", `${method} ${route.file}`);
        } else expect([401, 403], `${method} ${route.file}`).not.toContain(response.status());
      }
    }
    await request.dispose();
  });

  test("refuses a viewer every server action above their role", async () => {
    const request = await context(storageStates.viewer);
    const source = new Map(listActions().map((action) => [`${action.file}#${action.name}`, action.role]));
    let checked = 0;
    for (const action of actions) {
      const role = source.get(`${action.file}#${action.name}`);
      if (!role || rank[role] <= rank.viewer) continue;
      const result = await callAction(request, APP_URL, action);
      expect(result.body, `${action.file}#${action.name}`).toContain('"code":"FORBIDDEN"');
      checked += 1;
    }
    expect(checked).toBeGreaterThan(3);
    await request.dispose();
  });

  test("answers a console route's bad id, unknown message and bad filter with a problem", async () => {
    const request = await context(storageStates.viewer);
    for (const suffix of ["", "/recipients", "/timeline", "/export"]) {
      const response = await request.get(`/api/messages/not-a-uuid${suffix}`);
      expect(response.status(), suffix).toBe(404);
      await expectProblem(response, "not-found", `not-a-uuid${suffix}`);
    }
    const unknown = await request.get(`/api/messages/${PLACEHOLDER_ID}`);
    expect(unknown.status()).toBe(404);
    await expectProblem(unknown, "not-found", "unknown message");
    const badFilter = await request.get(`/api/messages/${PLACEHOLDER_ID}/recipients?state=bogus&limit=0`);
    expect(badFilter.status()).toBe(400);
    const problem = await expectProblem(badFilter, "validation", "bad filter");
    expect(Object.keys(problem.errors ?? {}).sort()).toEqual(["limit", "state"]);
    await request.dispose();
  });
});
