"use client";

import { useTranslations } from "next-intl";
import type cardsEn from "@/i18n/messages/cards.en.json";
import type en from "@/i18n/messages/en.json";

type FieldKey = keyof (typeof cardsEn)["cards"]["field"];
type ValidationKey = keyof (typeof en)["validation"];

/**
 * Form messages are next-intl keys with optional ICU params after `|` (see
 * lib/message-types/validation-messages.ts); this turns one into text in the page's language.
 * A message that is not a known key (a server sentence) is shown as it is.
 */
export function useIssueText(): (message: string | undefined) => string | undefined {
  const field = useTranslations("cards.field");
  const validation = useTranslations("validation");
  return (message) => {
    if (!message) return undefined;
    const bar = message.indexOf("|");
    const key = bar === -1 ? message : message.slice(0, bar);
    let params: Record<string, string | number> = {};
    if (bar !== -1) {
      try {
        params = JSON.parse(message.slice(bar + 1)) as Record<string, string | number>;
      } catch {
        params = {};
      }
    }
    const [namespace, , name = ""] = key.startsWith("cards.field.")
      ? ["cards", "field", key.slice("cards.field.".length)]
      : ["validation", "", key.slice("validation.".length)];
    if (namespace === "cards" && field.has(name as FieldKey)) return field(name as FieldKey, params);
    if (key.startsWith("validation.") && validation.has(name as ValidationKey))
      return validation(name as ValidationKey, params);
    return message;
  };
}
