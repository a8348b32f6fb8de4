import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

/**
 * Every way into the app, read from the source at test time so a new page, route or action is
 * covered without anyone updating a list: pages (app/ ** /page.tsx), API routes (app/ ** /route.ts)
 * and server actions (exports of "use server" files in lib/actions). For each, the guard it is
 * built with, as a role, or null when it has none.
 *
 * Used by tests/unit/guard-coverage.test.ts (statically) and tests/e2e/access.spec.ts (against
 * the running app).
 */
export type GuardRole = "viewer" | "sender" | "admin";

export interface PageEntry {
  file: string;
  /** URL pattern with route groups removed, e.g. /messages/[id]. */
  route: string;
  role: GuardRole | null;
}

interface ApiMethod {
  method: string;
  /** withSession(role, …) or withMessage(role, …): the role; null for anything else. */
  role: GuardRole | null;
  /** withApiKey(scope, …): the automation API authenticates by API key, never by session. */
  apiKeyScope: string | null;
}

export interface ApiEntry {
  file: string;
  route: string;
  methods: ApiMethod[];
}

export interface ActionEntry {
  file: string;
  name: string;
  role: GuardRole | null;
  /** What the export is built from, for failure messages. */
  builtWith: string;
}

const root = path.resolve(import.meta.dirname, "../..");
const HTTP_METHODS = new Set(["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"]);

function walk(dir: string, match: (file: string) => boolean): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return entry === "node_modules" ? [] : walk(full, match);
    return match(entry) ? [full] : [];
  });
}

function parse(file: string): ts.SourceFile {
  return ts.createSourceFile(
    file,
    readFileSync(file, "utf8"),
    ts.ScriptTarget.Latest,
    true,
    file.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
}

function relative(file: string): string {
  return path.relative(root, file).split(path.sep).join("/");
}

function routeOf(file: string): string {
  const segments = path
    .relative(path.join(root, "app"), path.dirname(file))
    .split(path.sep)
    .filter((segment) => segment && !(segment.startsWith("(") && segment.endsWith(")")));
  return `/${segments.join("/")}`;
}

function roleArgument(call: ts.CallExpression): GuardRole | null {
  const first = call.arguments[0];
  return first && ts.isStringLiteral(first) && ["viewer", "sender", "admin"].includes(first.text)
    ? (first.text as GuardRole)
    : null;
}

function calleeName(call: ts.CallExpression): string {
  return ts.isIdentifier(call.expression) ? call.expression.text : "";
}

/** The strongest guard a function body calls at any depth: requireRole(x) > requireSession() > none. */
function guardCalledIn(node: ts.Node): GuardRole | null {
  let found: GuardRole | null = null;
  const visit = (child: ts.Node) => {
    if (ts.isCallExpression(child)) {
      const name = calleeName(child);
      if (name === "requireRole") found = roleArgument(child) ?? found;
      else if (name === "requireSession" && !found) found = "viewer";
    }
    ts.forEachChild(child, visit);
  };
  visit(node);
  return found;
}

export function listPages(): PageEntry[] {
  return walk(path.join(root, "app"), (name) => name === "page.tsx" || name === "page.ts").map((file) => {
    const source = parse(file);
    const exported = source.statements.find(
      (statement) =>
        ts.isFunctionDeclaration(statement) &&
        statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.DefaultKeyword),
    );
    return { file: relative(file), route: routeOf(file), role: exported ? guardCalledIn(exported) : null };
  });
}

export function listApiRoutes(): ApiEntry[] {
  return walk(path.join(root, "app"), (name) => name === "route.ts").map((file) => {
    const source = parse(file);
    const methods: ApiEntry["methods"] = [];
    for (const statement of source.statements) {
      if (!isExported(statement)) continue;
      if (ts.isFunctionDeclaration(statement) && statement.name && HTTP_METHODS.has(statement.name.text)) {
        // A plain exported handler has no guard, whatever it does inside.
        methods.push({ method: statement.name.text, role: null, apiKeyScope: null });
      }
      if (ts.isVariableStatement(statement)) {
        for (const declaration of statement.declarationList.declarations) {
          if (!ts.isIdentifier(declaration.name) || !HTTP_METHODS.has(declaration.name.text)) continue;
          const init = declaration.initializer;
          const wrapper = init && ts.isCallExpression(init) ? calleeName(init) : "";
          const first = init && ts.isCallExpression(init) ? init.arguments[0] : undefined;
          methods.push({
            method: declaration.name.text,
            role:
              (wrapper === "withSession" || wrapper === "withMessage") && init && ts.isCallExpression(init)
                ? roleArgument(init)
                : null,
            apiKeyScope: wrapper === "withApiKey" && first && ts.isStringLiteral(first) ? first.text : null,
          });
        }
      }
    }
    return { file: relative(file), route: routeOf(file), methods };
  });
}

/**
 * Follows `a.b(...).c(...)` down to its first identifier and the role argument on the way. A local
 * alias (`const senderAction = actionClientFor("sender")`) is followed to what it stands for.
 */
function actionRoot(
  expression: ts.Expression,
  locals: Map<string, ts.Expression>,
  seen = new Set<string>(),
): { builtWith: string; role: GuardRole | null } {
  let current: ts.Expression = expression;
  for (;;) {
    if (ts.isCallExpression(current)) {
      if (ts.isIdentifier(current.expression)) {
        const name = current.expression.text;
        return { builtWith: `${name}(…)`, role: name === "actionClientFor" ? roleArgument(current) : null };
      }
      current = current.expression;
    } else if (ts.isPropertyAccessExpression(current)) {
      current = current.expression;
    } else if (ts.isIdentifier(current)) {
      const alias = locals.get(current.text);
      if (alias && !seen.has(current.text)) return actionRoot(alias, locals, new Set([...seen, current.text]));
      return { builtWith: current.text, role: current.text === "authedActionClient" ? "viewer" : null };
    } else {
      return { builtWith: current.getText(), role: null };
    }
  }
}

function localConstants(source: ts.SourceFile): Map<string, ts.Expression> {
  const locals = new Map<string, ts.Expression>();
  for (const statement of source.statements) {
    if (isExported(statement) || !ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (ts.isIdentifier(declaration.name) && declaration.initializer)
        locals.set(declaration.name.text, declaration.initializer);
    }
  }
  return locals;
}

/** The statement carries `export`. */
export function isExported(statement: ts.Statement): boolean {
  return Boolean(
    ts.canHaveModifiers(statement) && ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword),
  );
}

/** The file starts with the "use server" directive. */
export function isUseServer(source: ts.SourceFile): boolean {
  const first = source.statements[0];
  return Boolean(
    first &&
    ts.isExpressionStatement(first) &&
    ts.isStringLiteral(first.expression) &&
    first.expression.text === "use server",
  );
}

export function listActions(): ActionEntry[] {
  return walk(path.join(root, "lib/actions"), (name) => name.endsWith(".ts") && !name.endsWith(".test.ts")).flatMap(
    (file) => {
      const source = parse(file);
      if (!isUseServer(source)) return [];
      const locals = localConstants(source);
      const entries: ActionEntry[] = [];
      for (const statement of source.statements) {
        if (!isExported(statement)) continue;
        if (ts.isFunctionDeclaration(statement)) {
          entries.push({
            file: relative(file),
            name: statement.name?.text ?? "default",
            role: null,
            builtWith: "a plain async function",
          });
        }
        if (ts.isVariableStatement(statement)) {
          for (const declaration of statement.declarationList.declarations) {
            if (!ts.isIdentifier(declaration.name)) continue;
            const found = declaration.initializer
              ? actionRoot(declaration.initializer, locals)
              : { builtWith: "nothing", role: null };
            entries.push({ file: relative(file), name: declaration.name.text, ...found });
          }
        }
      }
      return entries;
    },
  );
}

/** Files outside lib/actions that declare server functions ("use server" at the top or inline). */
export function strayServerFunctions(): string[] {
  const dirs = ["app", "components", "lib"].map((dir) => path.join(root, dir));
  return dirs
    .flatMap((dir) => walk(dir, (name) => /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name)))
    .filter((file) => !relative(file).startsWith("lib/actions/"))
    .filter((file) => /["']use server["']/.test(readFileSync(file, "utf8")))
    .map(relative);
}

export function consoleLayoutGuard(): GuardRole | null {
  return guardCalledIn(parse(path.join(root, "app/(console)/layout.tsx")));
}
