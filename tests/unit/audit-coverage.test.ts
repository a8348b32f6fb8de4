import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { actionMetadataSchema } from "@/lib/actions/audit-middleware";
import { isExported, isUseServer, listActions } from "@/tests/support/guard-inventory";
import { publicActions } from "@/tests/support/public-surface";

/**
 * Every exported server action in lib/actions must declare `.metadata({ name, audit })` in its own
 * builder chain, read from the source with the TypeScript compiler (like guard-inventory.ts), so
 * a new action cannot skip the audit trail by accident. `audit: false` must carry a comment saying
 * why the action changes nothing, and the public actions (no session, no audit middleware) must
 * either be audit: false or say that their service records the event.
 */
const root = path.resolve(import.meta.dirname, "../..");
const actionsDir = path.join(root, "lib/actions");

interface MetadataEntry {
  file: string;
  name: string;
  /** The object literal given to .metadata(), as plain values; null when there is none. */
  metadata: Record<string, unknown> | null;
  /** Why the literal could not be read (a computed value, a spread, several calls). */
  problem?: string;
  /** `audit: false` has a comment above it. */
  auditFalseExplained: boolean;
}

/** The `.metadata(...)` calls along `a.b(...).c(...)`, outermost first. */
function metadataCalls(expression: ts.Expression): ts.CallExpression[] {
  const calls: ts.CallExpression[] = [];
  let current: ts.Expression = expression;
  for (;;) {
    if (ts.isCallExpression(current)) {
      if (ts.isPropertyAccessExpression(current.expression) && current.expression.name.text === "metadata")
        calls.push(current);
      current = current.expression;
    } else if (ts.isPropertyAccessExpression(current)) {
      current = current.expression;
    } else {
      return calls;
    }
  }
}

function literalValue(node: ts.Expression): { value: unknown } | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return { value: node.text };
  if (node.kind === ts.SyntaxKind.FalseKeyword) return { value: false };
  if (node.kind === ts.SyntaxKind.TrueKeyword) return { value: true };
  return null;
}

function readMetadata(
  call: ts.CallExpression,
  source: ts.SourceFile,
): Pick<MetadataEntry, "metadata" | "problem" | "auditFalseExplained"> {
  const argument = call.arguments[0];
  if (!argument || !ts.isObjectLiteralExpression(argument))
    return { metadata: null, problem: "its argument is not an object literal", auditFalseExplained: false };
  const metadata: Record<string, unknown> = {};
  let auditFalseExplained = false;
  for (const property of argument.properties) {
    if (!ts.isPropertyAssignment(property) || !ts.isIdentifier(property.name))
      return { metadata: null, problem: `cannot read ${property.getText(source)}`, auditFalseExplained: false };
    const value = literalValue(property.initializer);
    if (!value)
      return { metadata: null, problem: `${property.name.text} is not a literal`, auditFalseExplained: false };
    metadata[property.name.text] = value.value;
    if (property.name.text === "audit" && value.value === false)
      auditFalseExplained = (ts.getLeadingCommentRanges(source.text, property.getFullStart()) ?? []).length > 0;
  }
  return { metadata, auditFalseExplained };
}

function listActionMetadata(): MetadataEntry[] {
  return readdirSync(actionsDir)
    .filter((name) => name.endsWith(".ts") && !name.endsWith(".test.ts"))
    .flatMap((name) => {
      const file = path.join(actionsDir, name);
      const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
      if (!isUseServer(source)) return [];
      const relative = `lib/actions/${name}`;
      return source.statements.filter(isExported).flatMap((statement): MetadataEntry[] => {
        if (ts.isFunctionDeclaration(statement))
          return [
            {
              file: relative,
              name: statement.name?.text ?? "default",
              metadata: null,
              problem: "a plain function has no metadata",
              auditFalseExplained: false,
            },
          ];
        if (!ts.isVariableStatement(statement)) return [];
        return statement.declarationList.declarations.flatMap((declaration) => {
          if (!ts.isIdentifier(declaration.name)) return [];
          const calls = declaration.initializer ? metadataCalls(declaration.initializer) : [];
          const base = { file: relative, name: declaration.name.text };
          if (calls.length !== 1 || !calls[0])
            return [
              {
                ...base,
                metadata: null,
                problem: calls.length === 0 ? "no .metadata() call" : "several .metadata() calls",
                auditFalseExplained: false,
              },
            ];
          return [{ ...base, ...readMetadata(calls[0], source) }];
        });
      });
    });
}

/** lib/actions/api-keys.ts -> "apiKeys": the prefix of every action name in that file. */
function namePrefix(file: string): string {
  return path.basename(file, ".ts").replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

describe("audit coverage of the server actions", () => {
  const entries = listActionMetadata();
  const key = (entry: { file: string; name: string }) => `${entry.file}#${entry.name}`;

  it("sees the same exported actions as the guard inventory", () => {
    expect(entries.length).toBeGreaterThan(10);
    expect(entries.map(key).sort()).toEqual(listActions().map(key).sort());
  });

  it("builds every action with .metadata({ name, audit }) in its own chain", () => {
    const missing = entries
      .filter((entry) => entry.metadata === null)
      .map((entry) => `${key(entry)}: ${entry.problem ?? "no metadata"}`);
    expect(missing, "server actions without readable .metadata({ name, audit })").toEqual([]);
  });

  it("gives metadata the schema accepts, named <file>.<verb> and unique", () => {
    const invalid = entries.flatMap((entry) => {
      if (!entry.metadata) return [];
      const parsed = actionMetadataSchema.safeParse(entry.metadata);
      const name = entry.metadata.name;
      if (!parsed.success) return [`${key(entry)}: ${parsed.error.issues.map((issue) => issue.message).join("; ")}`];
      if (typeof name !== "string" || !name.startsWith(`${namePrefix(entry.file)}.`))
        return [`${key(entry)}: name ${String(name)} should start with ${namePrefix(entry.file)}.`];
      return [];
    });
    expect(invalid).toEqual([]);
    const names = entries.map((entry) => entry.metadata?.name).filter((name) => name !== undefined);
    expect(
      names.filter((name, index) => names.indexOf(name) !== index),
      "duplicate action names",
    ).toEqual([]);
  });

  it("explains every audit: false in a comment", () => {
    const unexplained = entries
      .filter((entry) => entry.metadata?.audit === false && !entry.auditFalseExplained)
      .map(key);
    expect(unexplained, "audit: false needs a comment above it saying why nothing changes").toEqual([]);
  });

  it("has public actions either audit nothing or name the service that records their event", () => {
    const wrong = entries
      .filter((entry) => key(entry) in publicActions)
      .filter((entry) => entry.metadata?.audit !== false && entry.metadata?.recordedBy !== "service")
      .map(key);
    expect(wrong, "the public client has no session and no audit middleware").toEqual([]);
  });
});
