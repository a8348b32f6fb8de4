import { createTranslator } from "next-intl";
import type { z } from "zod";
import { translateIssue } from "@/lib/message-types/validation-messages";
import apiEn from "@/i18n/messages/api.en.json";
import en from "@/i18n/messages/en.json";

/**
 * The API speaks English whatever the console's language: scripts compare and log its sentences.
 * The words are the console's own (messages/en.json for validation, messages/api.en.json for the rest).
 */
const baseT = createTranslator({ locale: "en", messages: en });
export const apiT = createTranslator({ locale: "en", messages: apiEn, namespace: "apiErrors" });
export const messageActionT = createTranslator({ locale: "en", messages: en, namespace: "messageActions.errors" });

type Issue = z.core.$ZodIssue;

/** A validation key from a service (`validation.robotCode`) as an English sentence. */
export function englishIssue(message: string): string {
  return translateIssue(message, baseT);
}

/** `["audience", "userIds", 3]` -> `audience.userIds.3`; the body itself is `body`. */
function fieldPath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? "body" : path.map((part) => String(part)).join(".");
}

/**
 * A union reports one issue holding every branch's issues. The branch with the fewest is the one
 * the client meant (a body with openConversationId is a conversation audience), so only its issues
 * are shown, under the union's path.
 */
function flatten(issue: Issue, prefix: readonly PropertyKey[] = []): Issue[] {
  const path = [...prefix, ...issue.path];
  if (issue.code === "invalid_union" && issue.errors.length > 0) {
    const closest = issue.errors.reduce((best, branch) => (rank(branch) < rank(best) ? branch : best));
    if (closest.length > 0) return closest.flatMap((inner) => flatten(inner, path));
  }
  return [{ ...issue, path }];
}

/**
 * How far a union branch is from what the caller sent: first by the fields it wanted and the body
 * lacks or has extra (a branch asking for openConversationId when the body has userIds is the wrong
 * branch, however many userIds are malformed), then by the number of issues.
 */
function rank(branch: readonly Issue[]): number {
  const misses = branch.filter(
    (issue) =>
      issue.code === "unrecognized_keys" ||
      (issue.code === "invalid_type" && issue.input === undefined) ||
      (issue.code === "invalid_value" && issue.path.length <= 1),
  ).length;
  return misses * 1_000_000 + branch.length;
}

function sentence(issue: Issue): string {
  if (issue.code === "unrecognized_keys") return apiT("unknownField");
  // zod's own English covers cases no schema customised: a missing field or a wrong JSON type.
  if (issue.code === "invalid_type" && !issue.message.startsWith("validation.")) {
    return issue.input === undefined ? baseT("validation.required") : apiT("wrongType", { expected: issue.expected });
  }
  return translateIssue(issue, baseT);
}

/** zod issues as the problem document's `errors`: field path -> English sentences, without repeats. */
export function fieldErrors(issues: readonly Issue[]): Record<string, string[]> {
  // Null prototype: a body key named "__proto__" stays a plain key of the errors object.
  const errors: Record<string, string[]> = Object.create(null);
  for (const issue of issues.flatMap((each) => flatten(each))) {
    const paths =
      issue.code === "unrecognized_keys"
        ? issue.keys.map((key) => fieldPath([...issue.path, key]))
        : [fieldPath(issue.path)];
    const text = sentence(issue);
    for (const path of paths) {
      const list = (errors[path] ??= []);
      if (!list.includes(text)) list.push(text);
    }
  }
  return errors;
}
