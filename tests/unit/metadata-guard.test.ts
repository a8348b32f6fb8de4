import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/**
 * Next.js renders a page's `generateMetadata` alongside the page, and its `<title>` is streamed
 * even when the page itself redirects to sign-in or answers 403. So a generateMetadata that reads
 * a record (a message's title, a card's name) must first check the session, and the role the page
 * requires, and return a generic title without one. This reads every page and layout in app/ and
 * fails on one that calls anything but the translation helpers before that check.
 */
const root = path.resolve(import.meta.dirname, "../..");
/** Calls that read no record: translations, and the session check itself. */
const harmless = new Set(["getTranslations", "getFormatter", "getLocale", "getSession", "hasRole"]);

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return walk(full);
    return /^(page|layout)\.tsx?$/.test(entry) ? [full] : [];
  });
}

function calls(node: ts.Node): string[] {
  const found: string[] = [];
  const visit = (child: ts.Node) => {
    if (ts.isCallExpression(child)) {
      const callee = child.expression;
      if (ts.isIdentifier(callee)) found.push(callee.text);
      else if (ts.isPropertyAccessExpression(callee)) found.push(callee.getText());
      // `(await getTranslations("x"))("title")` calls the translator: nothing of its own to report.
    }
    ts.forEachChild(child, visit);
  };
  visit(node);
  return found;
}

function roleLiterals(node: ts.Node, callee: string): string[] {
  const found: string[] = [];
  const visit = (child: ts.Node) => {
    if (ts.isCallExpression(child) && ts.isIdentifier(child.expression) && child.expression.text === callee) {
      for (const argument of child.arguments) if (ts.isStringLiteral(argument)) found.push(argument.text);
    }
    ts.forEachChild(child, visit);
  };
  visit(node);
  return found;
}

function returns(node: ts.Node): boolean {
  if (ts.isReturnStatement(node)) return true;
  return ts.forEachChild(node, (child) => (returns(child) ? true : undefined)) ?? false;
}

interface MetadataCheck {
  file: string;
  /** Calls that may read data, in source order. */
  reads: string[];
  problem: string | null;
}

function checkFile(file: string): MetadataCheck | null {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const functions = source.statements.filter((statement) => ts.isFunctionDeclaration(statement));
  const metadata = functions.find((statement) => statement.name?.text === "generateMetadata");
  if (!metadata?.body) return null;
  const page = functions.find((statement) => statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.DefaultKeyword));
  const role = page ? (roleLiterals(page, "requireRole")[0] ?? null) : null;
  const reads: string[] = [];
  let guarded = false;
  let problem: string | null = null;
  // Variables that hold the session, so `const session = await getSession(); if (!session) …` counts.
  const sessionNames = new Set<string>();
  const translators = new Set<string>();
  for (const statement of metadata.body.statements) {
    const statementReads = calls(statement).filter((name) => !harmless.has(name) && !translators.has(name));
    if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        // `const t = await getTranslations("app")`: calling t reads messages, not records.
        const init = declaration.initializer;
        if (ts.isIdentifier(declaration.name) && init && calls(init).every((name) => harmless.has(name)))
          if (calls(init).some((name) => name !== "getSession")) translators.add(declaration.name.text);
      }
      for (const declaration of statement.declarationList.declarations)
        if (
          ts.isIdentifier(declaration.name) &&
          declaration.initializer &&
          calls(declaration.initializer).includes("getSession")
        )
          sessionNames.add(declaration.name.text);
    }
    if (ts.isIfStatement(statement) && returns(statement.thenStatement)) {
      const condition = statement.expression;
      const checksSession =
        calls(condition).includes("getSession") ||
        [...sessionNames].some((name) => new RegExp(`\\b${name}\\b`).test(condition.getText()));
      const checksRole = role === null || role === "viewer" || roleLiterals(condition, "hasRole").includes(role);
      if (checksSession && checksRole) guarded = true;
    }
    if (statementReads.length > 0) {
      reads.push(...statementReads);
      if (!guarded)
        problem ??= `calls ${statementReads.join(", ")} before returning for a caller without a session${
          role && role !== "viewer" ? ` and the ${role} role` : ""
        }`;
    }
  }
  return { file: path.relative(root, file).split(path.sep).join("/"), reads, problem };
}

describe("generateMetadata", () => {
  const checks = walk(path.join(root, "app"))
    .map(checkFile)
    .filter((check): check is MetadataCheck => check !== null);

  it("is found in the pages that load a record (so this test is not vacuous)", () => {
    const reading = checks.filter((check) => check.reads.length > 0).map((check) => check.file);
    expect(reading).toEqual(
      expect.arrayContaining(["app/(console)/cards/[id]/page.tsx", "app/(console)/messages/[id]/page.tsx"]),
    );
    expect(checks.length).toBeGreaterThan(8);
  });

  it("reads nothing for a caller without a session, or below the page's role", () => {
    const unguarded = checks.filter((check) => check.problem).map((check) => `${check.file}: ${check.problem}`);
    expect(unguarded).toEqual([]);
  });
});
