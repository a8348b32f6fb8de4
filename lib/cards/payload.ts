import type { CardApi } from "@/lib/core/card-apis";
import { nullRecord } from "@/lib/core/text";
import type { CardPayload } from "./card-message";
import { encodeValues, type FieldError } from "./encode.model";
import type { SendCardInput } from "./send.schema";
import type { CardVariable } from "./card-export.model";

export interface TemplateForSend {
  id: string;
  name: string;
  cardTemplateId: string;
  api: CardApi;
  variables: CardVariable[];
  callbackRouteKey: string | null;
  supportForward: boolean;
}

/** Form paths of refused values: `values.title`, `privateDefaults.x`, `privateRows.2.values.x`. */
export type PayloadErrors = Record<string, FieldError>;

function prefixed(errors: Record<string, FieldError>, prefix: string, into: PayloadErrors): void {
  for (const [name, error] of Object.entries(errors)) into[`${prefix}.${name}`] = error;
}

/**
 * The stored card payload from the form: public variables into cardParamMap, private ones into the
 * defaults and per-user rows, each value encoded by DingTalk's rules. A value for a name the
 * template does not declare is refused by name (encodeValues), never dropped silently.
 */
export function buildCardPayload(
  template: TemplateForSend,
  input: SendCardInput,
): { ok: true; payload: CardPayload } | { ok: false; errors: PayloadErrors } {
  const publicVars = template.variables.filter((variable) => !variable.private);
  const privateVars = template.variables.filter((variable) => variable.private);
  const errors: PayloadErrors = nullRecord();
  const cardParamMap = encodeValues(publicVars, input.values, template.variables);
  prefixed(cardParamMap.errors, "values", errors);
  const defaults = encodeValues(privateVars, input.privateDefaults, template.variables);
  prefixed(defaults.errors, "privateDefaults", errors);
  // Null prototype: a userId such as "__proto__" (a valid DingTalk userId pattern) stays a plain key.
  const privateData: Record<string, Record<string, string>> = nullRecord();
  input.privateRows.forEach((row, index) => {
    const encoded = encodeValues(privateVars, row.values, template.variables);
    prefixed(encoded.errors, `privateRows.${index}.values`, errors);
    privateData[row.userId.trim()] = encoded.map;
  });
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const lastMessageI18n = Object.fromEntries(
    Object.entries(input.lastMessageI18n).filter(
      (entry): entry is [string, string] => typeof entry[1] === "string" && entry[1].trim() !== "",
    ),
  );
  return {
    ok: true,
    payload: {
      cardTemplateId: template.cardTemplateId,
      templateRowId: template.id,
      templateName: template.name,
      api: template.api,
      cardParamMap: cardParamMap.map,
      // A conversation's members are unknown here, so only explicit rows apply to a chat.
      privateDefaults: input.audience.type === "users" && privateVars.length > 0 ? defaults.map : null,
      privateData,
      lastMessageI18n,
      callbackRouteKey: template.callbackRouteKey,
      supportForward: template.supportForward,
      userIdType: input.userIdType,
      pullStrategy: input.pullStrategy,
      atOpenIds: input.atOpenIds,
    },
  };
}
