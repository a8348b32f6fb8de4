"use client";

import { FileStack, RotateCcw, Save, SendHorizontal } from "lucide-react";
import dynamic from "next/dynamic";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useState } from "react";
import { useForm, useFormState, useWatch } from "react-hook-form";
import { toast } from "@/components/toast";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import type { TemplateSummary } from "@/lib/core/dto/template-summary";
import type { MsgKey } from "@/lib/message-types/catalog";
import type { ComposeMessage } from "@/lib/message-types/compose.schema";
import { lazyZodResolver } from "@/components/lazy-resolver";
import { AudienceInput } from "./audience-input";
import type { AudienceType, ComposeFormOutput, ComposeFormValues } from "./compose-form.schema";
import { ComposePreview } from "./compose-preview";
import {
  emptyFormValues,
  fillMsgParam,
  hasMessageContent,
  initialComposeState,
  toDraftPayload,
  type AudienceText,
  type ComposeInitialValues,
} from "./draft-payload";
import { DraftStatusLine } from "./draft-status";
import { MessageFields } from "./message-fields";
import { MessageTypePicker } from "./message-type-picker";
import { ScheduleInput } from "./schedule-input";
import type { SendLimits } from "./summary-dialog";
import { useAudience, type AudienceController } from "./use-audience";
import { useDraftAutosave } from "./use-draft-autosave";
import { useReview } from "./use-review";

// The dialogs open after a click, so they are not part of the page's first load: their chunks are
// fetched right after hydration, and a dialog opened before its chunk arrived shows when it does.
const SummaryDialog = dynamic(() => import("./summary-dialog").then((module) => module.SummaryDialog), { ssr: false });
const SaveTemplateDialog = dynamic(() => import("./save-template-dialog").then((module) => module.SaveTemplateDialog), {
  ssr: false,
});
const TemplatesDialog = dynamic(() => import("./templates-dialog").then((module) => module.TemplatesDialog), {
  ssr: false,
});

// The schema (and zod) loads on the form's first check, not with the page (docs/architecture.md).
const composeResolver = lazyZodResolver<ComposeFormValues, ComposeFormOutput>(() =>
  import("./compose-form.schema").then((module) => module.composeFormSchema),
);

export interface ComposeFormProps {
  /** The robots this server may send with (DINGTALK_ROBOT_CODES); a single one is preselected. */
  robotCodes: readonly string[];
  limits: SendLimits;
  /** The saved draft's payload (see draft-payload.ts), restored on load. */
  draft: Record<string, unknown> | null;
  templates: readonly TemplateSummary[];
  /**
   * Prefill for links such as `/compose?remind=<messageId>`: `message` and `audience` replace the
   * saved draft's, everything else starts as usual. The page resolves the id into these values.
   */
  initial?: ComposeInitialValues;
  /** Sent as `remindOf`, so the new message is recorded as a reminder of that one. */
  remindOf?: string;
}

/** The compose page's client part: the form, the live preview, the review dialog and autosave. */
export function ComposeForm({
  robotCodes,
  limits,
  draft,
  templates: initialTemplates,
  initial,
  remindOf,
}: ComposeFormProps) {
  const t = useTranslations("compose");
  const router = useRouter();
  const [start] = useState(() => initialComposeState(draft, initial, robotCodes));
  const form = useForm<ComposeFormValues, unknown, ComposeFormOutput>({
    resolver: composeResolver,
    defaultValues: start.values,
    mode: "onTouched",
  });
  const { control, register, getValues, setValue, reset, trigger, clearErrors, subscribe } = form;
  const { isSubmitted } = useFormState({ control });
  const msgKey = useWatch({ control, name: "message.msgKey" });
  const audienceType = useWatch({ control, name: "audience.type" });

  // The draft reads the audience through a ref: the two hooks need each other.
  const audienceRef = useRef<AudienceController | null>(null);
  const getPayload = useCallback(
    () => toDraftPayload(getValues(), audienceRef.current?.getText() ?? { text: "", fileName: null }),
    [getValues],
  );
  const draftSaver = useDraftAutosave(getPayload, start.restored);
  const scheduleDraft = draftSaver.schedule;
  const audience = useAudience(start.audience, scheduleDraft);
  useEffect(() => {
    audienceRef.current = audience;
  });
  useEffect(
    () => subscribe({ formState: { values: true }, callback: () => scheduleDraft() }),
    [subscribe, scheduleDraft],
  );

  const review = useReview({
    form,
    audience,
    remindOf,
    pauseDraft: draftSaver.pause,
    resumeDraft: draftSaver.resume,
    onSent: (path) => router.push(path),
  });

  const [templates, setTemplates] = useState(initialTemplates);
  const [templatesOpen, setTemplatesOpen] = useState(false);
  const [templateToSave, setTemplateToSave] = useState<ComposeMessage | null>(null);

  const setMessage = useCallback(
    (next: MsgKey, source: unknown) => {
      setValue(
        "message",
        { msgKey: next, msgParam: fillMsgParam(next, source) },
        { shouldDirty: true, shouldValidate: isSubmitted },
      );
      if (!isSubmitted) clearErrors("message");
    },
    [setValue, clearErrors, isSubmitted],
  );

  async function openSaveTemplate() {
    if (!(await trigger("message", { shouldFocus: true }))) {
      toast.error(t("templates.fixMessage"));
      return;
    }
    const { composeMessageSchema } = await import("@/lib/message-types/compose.schema");
    const parsed = composeMessageSchema.safeParse(getValues("message"));
    if (parsed.success) setTemplateToSave(parsed.data);
  }

  function startOver() {
    const before: { values: ComposeFormValues; audience: AudienceText } = {
      values: getValues(),
      audience: audience.getText(),
    };
    reset(emptyFormValues(robotCodes));
    audience.clear();
    review.resetAttempt();
    draftSaver.schedule();
    toast(t("draft.cleared"), {
      action: {
        label: t("draft.undo"),
        onClick: () => {
          reset(before.values);
          audience.restore(before.audience);
          draftSaver.schedule();
        },
      },
    });
  }

  const onAudienceTypeChange = (type: AudienceType) =>
    setValue("audience.type", type, { shouldDirty: true, shouldValidate: isSubmitted });

  return (
    <>
      {/* One grid: on one column the preview follows the message card; on wide screens it is a
          sticky column beside the whole form. */}
      <form
        onSubmit={review.onReview}
        noValidate
        className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_22rem] xl:grid-cols-[minmax(0,1fr)_24rem] [&>*]:min-w-0"
        data-testid="compose-form"
      >
        <Card className="flex flex-col gap-5">
          <div className="flex flex-wrap items-center justify-between gap-3">
            <CardTitle>{t("sections.message")}</CardTitle>
            <div className="flex flex-wrap gap-2">
              <Button
                type="button"
                variant="secondary"
                size="sm"
                onClick={() => setTemplatesOpen(true)}
                data-testid="templates-button"
              >
                <FileStack aria-hidden />
                {t("templates.open")}
              </Button>
              <Button
                type="button"
                variant="secondary"
                size="sm"
                onClick={() => void openSaveTemplate()}
                data-testid="save-template-button"
              >
                <Save aria-hidden />
                {t("templates.save")}
              </Button>
            </div>
          </div>
          <MessageTypePicker value={msgKey} onChange={(next) => setMessage(next, getValues("message.msgParam"))} />
          <MessageFields control={control} register={register} msgKey={msgKey} />
        </Card>
        <aside className="lg:col-start-2 lg:row-span-6 lg:row-start-1 lg:self-stretch">
          <div className="lg:sticky lg:top-6">
            <ComposePreview control={control} />
          </div>
        </aside>
        <Card className="flex flex-col gap-4">
          <CardTitle>{t("sections.audience")}</CardTitle>
          <AudienceInput
            control={control}
            register={register}
            audienceType={audienceType}
            onAudienceTypeChange={onAudienceTypeChange}
            audience={audience}
            usersError={review.usersError}
            robotCodes={robotCodes}
          />
        </Card>
        <Card className="flex flex-col gap-4">
          <CardTitle>{t("sections.schedule")}</CardTitle>
          <ScheduleInput control={control} register={register} />
        </Card>
        <div className="flex flex-wrap items-center justify-between gap-4">
          <DraftStatusLine status={draftSaver.status} />
          <div className="flex flex-wrap items-center gap-3">
            <Button type="button" variant="ghost" onClick={startOver} data-testid="start-over">
              <RotateCcw aria-hidden />
              {t("draft.clear")}
            </Button>
            <Button type="submit" data-testid="review-button">
              <SendHorizontal aria-hidden />
              {t("review.open")}
            </Button>
          </div>
        </div>
        {review.showFixHint && (
          <p role="alert" className="text-right text-sm text-danger" data-testid="review-blocked">
            {t("review.fixErrors")}
          </p>
        )}
      </form>
      <SummaryDialog
        details={review.details}
        limits={limits}
        pending={review.pending}
        error={review.error}
        onClose={review.close}
        onConfirm={() => void review.confirm()}
      />
      <SaveTemplateDialog
        message={templateToSave}
        onClose={() => setTemplateToSave(null)}
        onSaved={(template) => setTemplates((list) => [template, ...list])}
      />
      <TemplatesDialog
        open={templatesOpen}
        onClose={() => setTemplatesOpen(false)}
        templates={templates}
        hasContent={() => hasMessageContent(getValues("message.msgParam"))}
        onApply={(template) => setMessage(template.message.msgKey, template.message.msgParam)}
        onDeleted={(id) => setTemplates((list) => list.filter((template) => template.id !== id))}
      />
    </>
  );
}
