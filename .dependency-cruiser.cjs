/**
 * The import direction of docs/architecture.md, checked by `npm run lint`.
 *
 *   core -> platform -> vendor -> domain -> runtime -> adapter -> ui
 *
 * A layer imports only the layers to its left (and itself). Test files and the entry points
 * (scripts/, tests/, instrumentation, proxy) may import anything; everything else is checked,
 * type-only imports included: a type is a dependency a reader has to follow too.
 */
const layer = {
  core: "^(lib/(core|message-types|error-catalog|i18n)/|i18n/messages/)",
  platform: "^lib/((env|logger)\\.ts$|(db|jobs|crypto|security)/)",
  vendor: "^lib/(dingtalk|sandbox)/",
  domain: "^lib/(messages|receipts|cards|ledger|audit|users|auth|connection|overview|api-keys)/",
  runtime: "^lib/runtime/",
  adapter: "^lib/(actions|api)/",
  ui: "^(app|components)/",
};
/**
 * The browser-safe files of a domain, which components may import. The automation API's schemas
 * (lib/api/*.schema.ts) are not among them: they carry OpenAPI metadata in classic zod.
 */
const browserSafe = "^lib/(?!api/)[a-z-]+/[a-z0-9/-]+\\.(schema|model)\\.ts$";
const notTest = "\\.test\\.tsx?$|/testing/|^tests/|^[a-z-]+\\.config\\.(ts|mts|js|mjs)$";
const above = (...names) => names.map((name) => layer[name]).join("|");

/** Domains may use the domains named here (for their data), never the other way round. */
const domainUses = {
  receipts: ["messages"],
  cards: ["messages", "receipts"],
  overview: ["messages", "ledger"],
  auth: ["audit"],
  users: ["audit", "auth"],
  // The create-api-key command line records its own audit events (it is not a server action).
  "api-keys": ["audit"],
};
const domains = [
  "messages",
  "receipts",
  "cards",
  "ledger",
  "audit",
  "users",
  "auth",
  "connection",
  "overview",
  "api-keys",
];

module.exports = {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment: "A cycle has no bottom layer: break it with an interface below both or a hook wired in lib/runtime.",
      from: { pathNot: notTest },
      to: { circular: true },
    },
    {
      name: "core-imports-nothing",
      severity: "error",
      comment:
        "lib/core, lib/message-types, lib/error-catalog and lib/i18n are browser-safe: they import only each other and zod.",
      from: { path: layer.core, pathNot: notTest },
      to: { pathNot: `${layer.core}|^node_modules/zod/` },
    },
    {
      name: "platform-below-vendor",
      severity: "error",
      from: { path: layer.platform, pathNot: notTest },
      to: { path: above("vendor", "domain", "runtime", "adapter", "ui") },
    },
    {
      name: "vendor-below-domain",
      severity: "error",
      from: { path: layer.vendor, pathNot: notTest },
      to: { path: above("domain", "runtime", "adapter", "ui") },
    },
    {
      name: "simulator-isolated",
      severity: "error",
      comment: "Only the runtime, scripts and tests start the simulator; the client never knows it exists.",
      from: { pathNot: `^lib/(sandbox|runtime)/|^scripts/|${notTest}` },
      to: { path: "^lib/sandbox/" },
    },
    {
      name: "domain-below-runtime",
      severity: "error",
      from: { path: layer.domain, pathNot: notTest },
      to: { path: above("runtime", "adapter", "ui") },
    },
    ...domains.map((domain) => ({
      name: `domain-${domain}-uses-only-its-dependencies`,
      severity: "error",
      comment:
        "Cross-domain hooks are wired in lib/runtime; a domain reads only the domains listed in .dependency-cruiser.cjs.",
      from: { path: `^lib/${domain}/`, pathNot: notTest },
      to: {
        path: layer.domain,
        pathNot: `^lib/(${[domain, ...(domainUses[domain] ?? [])].join("|")})/`,
      },
    })),
    {
      name: "runtime-below-adapters",
      severity: "error",
      from: { path: layer.runtime, pathNot: notTest },
      to: { path: above("adapter", "ui") },
    },
    {
      name: "adapters-below-ui",
      severity: "error",
      from: { path: layer.adapter, pathNot: notTest },
      to: { path: layer.ui },
    },
    {
      name: "components-stay-in-the-browser-layer",
      severity: "error",
      comment:
        "Components import core, server actions, shared *.schema.ts files and other components; pages in app/ load data and pass DTOs down.",
      from: { path: "^components/", pathNot: notTest },
      to: {
        path: above("platform", "vendor", "domain", "runtime", "adapter"),
        pathNot: `^lib/actions/|${browserSafe}`,
      },
    },
    {
      name: "shared-files-are-browser-safe",
      severity: "error",
      comment:
        "A domain's *.schema.ts (validation shared by form, action and API) and *.model.ts (pure functions and DTO types, no I/O) import only core, zod and each other.",
      from: { path: browserSafe },
      to: { pathNot: `${layer.core}|^node_modules/zod/|${browserSafe}` },
    },
    {
      name: "browser-code-uses-zod-mini",
      severity: "error",
      comment:
        "Classic zod is about 30 KiB compressed in every page that loads it; components, core and the browser-safe *.schema.ts/*.model.ts files use zod/mini (docs/architecture.md, Browser bundles).",
      from: { path: `^components/|${layer.core}|${browserSafe}`, pathNot: notTest },
      to: { path: "^node_modules/zod/", pathNot: "^node_modules/zod/(mini|v4/mini|v4/core)/" },
    },
    {
      name: "app-does-not-reach-below-domains",
      severity: "error",
      comment:
        "Pages and routes go through the runtime and the domain services, not the database or the vendor clients.",
      from: { path: "^app/" },
      to: { path: "^lib/(db|jobs|crypto|dingtalk|sandbox)/" },
    },
    {
      name: "no-tests-in-production-code",
      severity: "error",
      from: { pathNot: notTest },
      to: { path: notTest },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^(\\.next|data)/" },
    tsConfig: { fileName: "tsconfig.json" },
    tsPreCompilationDeps: true,
    combinedDependencies: false,
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      extensions: [".ts", ".tsx", ".js", ".mjs", ".cjs", ".json"],
    },
  },
};
