"use client";

import { useTranslations } from "next-intl";
import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { sendMessageAction } from "@/lib/actions/messages";
import type { SendMessageInput } from "@/lib/messages/send.schema";
import { decodeIssueMessage, translateIssue } from "@/lib/message-types/validation-messages";

/** Form fields the server may name in `serverError.field` (createMessage's checks). */
export type ServerField = "robotCode" | "scheduledAt";

export type SendOutcome =
  | { kind: "sent"; id: string; status: "scheduled" | "queued"; recipientCount: number }
  | { kind: "field"; field: ServerField; message: string }
  | { kind: "failed" };

function isServerField(value: unknown): value is ServerField {
  return value === "robotCode" || value === "scheduledAt";
}

/**
 * Calls the send action and sorts its answer: a result, a problem with one field (the form shows it
 * there), or anything else (the review dialog shows it, and the form keeps everything).
 */
export function useSendMessage() {
  const t = useTranslations();
  const { executeAsync, isPending } = useAction(sendMessageAction);
  const [error, setError] = useState<string | null>(null);

  // Validation keys become sentences; sentences the server already translated pass through.
  const readable = (message: string) =>
    decodeIssueMessage(message).key !== "validation.invalid" ? translateIssue(message, t) : message;

  async function send(input: SendMessageInput): Promise<SendOutcome> {
    setError(null);
    try {
      const result = await executeAsync(input);
      if (result?.data) return { kind: "sent", ...result.data };
      const serverError = result?.serverError;
      if (serverError && isServerField(serverError.field))
        return { kind: "field", field: serverError.field, message: serverError.message };
      const validation = result?.validationErrors;
      const firstValidation = validation
        ? [...(validation.formErrors ?? []), ...Object.values(validation.fieldErrors ?? {}).flat()].find(Boolean)
        : undefined;
      const message = serverError?.message ?? firstValidation;
      setError(message ? t("compose.review.refused", { reason: readable(message) }) : t("compose.review.unknownError"));
    } catch (cause) {
      // The request itself failed (network, proxy, body size): the server may or may not have it.
      setError(t("compose.review.networkError", { reason: cause instanceof Error ? cause.message : String(cause) }));
    }
    return { kind: "failed" };
  }

  return { send, pending: isPending, error, clearError: () => setError(null) };
}
