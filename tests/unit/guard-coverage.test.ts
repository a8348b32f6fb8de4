import { describe, expect, it } from "vitest";
import {
  consoleLayoutGuard,
  listActions,
  listApiRoutes,
  listPages,
  strayServerFunctions,
} from "@/tests/support/guard-inventory";
import { publicActions, publicApiRoutes, publicPages } from "@/tests/support/public-surface";

/**
 * Every page, API route and server action must require a session (and the right role), except the
 * short public list in tests/support/public-surface.ts. A new unguarded entry point fails here
 * before it can ship; tests/e2e/access.spec.ts then checks the same inventory against the running app.
 */
describe("authorization coverage", () => {
  const pages = listPages();
  const routes = listApiRoutes();
  const actions = listActions();

  it("finds the app's entry points", () => {
    expect(pages.length).toBeGreaterThan(3);
    expect(routes.length).toBeGreaterThan(2);
    expect(actions.length).toBeGreaterThan(3);
  });

  it("guards every page with requireSession or requireRole", () => {
    const unguarded = pages
      .filter((page) => page.role === null && !(page.route in publicPages))
      .map((page) => page.file);
    expect(unguarded, "pages that render without checking the session").toEqual([]);
    expect(consoleLayoutGuard()).toBe("viewer");
  });

  it("wraps every API route handler in withSession or withMessage (console) or withApiKey (automation API)", () => {
    const unguarded = routes.flatMap((route) =>
      route.route in publicApiRoutes
        ? []
        : route.methods
            .filter((method) => method.role === null && method.apiKeyScope === null)
            .map((method) => `${method.method} ${route.file}`),
    );
    expect(
      unguarded,
      "route handlers built with none of withSession(role, handler), withMessage(role, handler), withApiKey(scope, endpoint)",
    ).toEqual([]);
  });

  it("authenticates the automation API (and only it) by API key with a real scope", () => {
    const v1 = routes.filter((route) => route.route.startsWith("/api/v1/") && !(route.route in publicApiRoutes));
    expect(v1.length).toBeGreaterThan(3);
    const wrong = v1.flatMap((route) =>
      route.methods
        .filter((method) => method.apiKeyScope !== "send" && method.apiKeyScope !== "read")
        .map((method) => `${method.method} ${route.file}`),
    );
    expect(wrong, '/api/v1 handlers not built with withApiKey("send" | "read", endpoint)').toEqual([]);
    const elsewhere = routes
      .filter(
        (route) => !route.route.startsWith("/api/v1/") && route.methods.some((method) => method.apiKeyScope !== null),
      )
      .map((route) => route.file);
    expect(elsewhere, "console routes must use the session, not API keys").toEqual([]);
  });

  it("builds every server action from authedActionClient or actionClientFor(role)", () => {
    const unguarded = actions
      .filter((action) => action.role === null && !(`${action.file}#${action.name}` in publicActions))
      .map((action) => `${action.file}#${action.name} (built from ${action.builtWith})`);
    expect(unguarded, "server actions without a session guard").toEqual([]);
  });

  it("declares server functions only in lib/actions, where this test can see them", () => {
    expect(strayServerFunctions()).toEqual([]);
  });

  it("keeps the public list honest: every entry exists and really is unguarded", () => {
    const pageRoutes = new Map(pages.map((page) => [page.route, page.role]));
    for (const route of Object.keys(publicPages)) expect(pageRoutes.get(route), route).toBeNull();
    const apiRoutes = new Set(routes.map((route) => route.route));
    for (const route of Object.keys(publicApiRoutes)) expect(apiRoutes.has(route), route).toBe(true);
    const actionRoles = new Map(actions.map((action) => [`${action.file}#${action.name}`, action.role]));
    for (const key of Object.keys(publicActions)) expect(actionRoles.get(key), key).toBeNull();
  });

  it("gives sending and account management the roles the product promises", () => {
    const role = (file: string, name: string) =>
      actions.find((action) => action.file === file && action.name === name)?.role;
    expect(role("lib/actions/users.ts", "createUserAction")).toBe("admin");
    expect(role("lib/actions/settings.ts", "saveCredentialsAction")).toBe("admin");
    expect(role("lib/actions/connection.ts", "testConnectionAction")).toBe("sender");
    expect(role("lib/actions/api-keys.ts", "createApiKeyAction")).toBe("admin");
    expect(role("lib/actions/api-keys.ts", "revokeApiKeyAction")).toBe("admin");
    expect(pages.find((page) => page.route === "/users")?.role).toBe("admin");
    expect(pages.find((page) => page.route === "/audit")?.role).toBe("sender");
  });
});
