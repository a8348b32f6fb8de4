"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { useFormState, useWatch, type UseFormReturn } from "react-hook-form";
import { toast } from "@/components/toast";
import type { SendMessageInput } from "@/lib/messages/send.schema";
import type { ComposeFormOutput, ComposeFormValues } from "./compose-form.schema";
import { parseLocalDateTime, toOffsetIso } from "./schedule";
import type { ReviewDetails } from "./summary-dialog";
import type { AudienceController, AudienceState } from "./use-audience";
import { useSendMessage, type ServerField } from "./use-send-message";

interface UseReviewOptions {
  form: UseFormReturn<ComposeFormValues, unknown, ComposeFormOutput>;
  audience: AudienceController;
  remindOf?: string;
  pauseDraft: () => void;
  resumeDraft: () => void;
  onSent: (path: string) => void;
}

type Translate = ReturnType<typeof useTranslations<"compose">>;

/** Where the form keeps the fields the server may refuse (`serverError.field`). */
const FIELD_PATHS = { robotCode: "robotCode", scheduledAt: "schedule.at" } as const satisfies Record<
  ServerField,
  string
>;

/** Why the userId list cannot be sent yet, in words; null when it can. */
function usersProblem(state: AudienceState, t: Translate): string | null {
  switch (state.status) {
    case "parsing":
      return t("audience.stillParsing");
    case "error":
      return t("audience.readFailed", { reason: state.message });
    case "empty":
      return t("audience.empty");
    case "ready":
      if (state.stats.malformedTotal > 0) return t("audience.malformedBlock");
      return state.stats.count === 0 ? t("audience.empty") : null;
  }
}

/**
 * "Review and send": validates the form and the recipient list, opens the summary with the exact
 * input the action will get, sends on confirm and routes the answer (message page, a field error,
 * or an error kept in the dialog).
 */
export function useReview({ form, audience, remindOf, pauseDraft, resumeDraft, onSent }: UseReviewOptions) {
  const t = useTranslations("compose");
  const format = useFormatter();
  const [attempted, setAttempted] = useState(false);
  const [pendingReview, setPendingReview] = useState<{ details: ReviewDetails; input: SendMessageInput } | null>(null);
  const sender = useSendMessage();
  const focusAfterClose = useRef<(typeof FIELD_PATHS)[ServerField] | null>(null);
  const audienceType = useWatch({ control: form.control, name: "audience.type" });
  const { errors } = useFormState({ control: form.control });

  const usersError = attempted && audienceType === "users" ? usersProblem(audience.state, t) : null;
  const showFixHint = attempted && (Object.keys(errors).length > 0 || usersError !== null);

  // After the dialog has closed (it hands focus back to the button), move focus to the field the
  // server refused. Child effects run first, so the dialog is already closed here.
  const { setFocus } = form;
  useEffect(() => {
    if (pendingReview || !focusAfterClose.current) return;
    setFocus(focusAfterClose.current);
    focusAfterClose.current = null;
  }, [pendingReview, setFocus]);

  const onReview = form.handleSubmit(
    (values) => {
      setAttempted(true);
      if (values.audience.type === "users" && usersProblem(audience.state, t)) {
        // The textarea, or the file input when the list came from a file.
        (document.getElementById("audience-text") ?? document.getElementById("audience-file"))?.focus();
        return;
      }
      const scheduled = values.schedule.mode === "schedule" ? parseLocalDateTime(values.schedule.at) : null;
      const userIds = audience.getUserIds();
      const input: SendMessageInput = {
        message: values.message,
        robotCode: values.robotCode,
        audience: values.audience.type === "users" ? { type: "users", userIds } : values.audience,
        scheduledAt: scheduled ? toOffsetIso(scheduled) : null,
        remindOf: remindOf ?? null,
      };
      const truncated = audience.state.status === "ready" && audience.state.stats.truncated;
      const details: ReviewDetails = {
        msgKey: values.message.msgKey,
        robotCode: values.robotCode,
        audience:
          values.audience.type === "users"
            ? { type: "users", count: userIds.length, truncated }
            : { type: "conversation", openConversationId: values.audience.openConversationId },
        scheduledAt: scheduled,
      };
      sender.clearError();
      setPendingReview({ details, input });
    },
    () => setAttempted(true),
  );

  async function confirm() {
    if (!pendingReview) return;
    pauseDraft();
    const outcome = await sender.send(pendingReview.input);
    if (outcome.kind === "sent") {
      const { details } = pendingReview;
      if (details.scheduledAt) {
        // In the browser's zone, like the input the time was picked in.
        const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
        toast.success(
          t("review.scheduled", {
            at: format.dateTime(details.scheduledAt, { dateStyle: "medium", timeStyle: "short", timeZone }),
          }),
        );
      } else
        toast.success(
          details.audience.type === "users"
            ? t("review.queued", { count: outcome.recipientCount })
            : t("review.queuedConversation"),
        );
      onSent(`/messages/${outcome.id}`);
      return;
    }
    resumeDraft();
    if (outcome.kind === "field") {
      const path = FIELD_PATHS[outcome.field];
      form.setError(path, { type: "server", message: outcome.message });
      focusAfterClose.current = path;
      setPendingReview(null);
    }
  }

  return {
    onReview,
    confirm,
    close: () => setPendingReview(null),
    details: pendingReview?.details ?? null,
    pending: sender.pending,
    error: sender.error,
    usersError,
    showFixHint,
    resetAttempt: () => setAttempted(false),
  };
}
