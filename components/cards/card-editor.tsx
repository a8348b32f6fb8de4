"use client";

import { RotateCcw, Send } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useAction } from "next-safe-action/hooks";
import { useMemo, useState } from "react";
import { useForm, useWatch, type Path } from "react-hook-form";
import { toast } from "@/components/toast";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { sendCardAction } from "@/lib/actions/cards";
import { initialTexts, previewData } from "@/lib/cards/encode.model";
import { toSendInput, type CardFormValues } from "@/lib/cards/form.model";
import { lazyZodResolver } from "@/components/lazy-resolver";
import type { CardMockData, CardVariable } from "@/lib/cards/card-export.model";
import { useIssueText } from "./issue-text";
import { PreviewPanel } from "./preview-panel";
import { PrivateTable } from "./private-table";
import { SendFields } from "./send-fields";
import { VariableField } from "./variable-field";

export interface EditorTemplate {
  id: string;
  name: string;
  variables: CardVariable[];
  mockData: CardMockData;
  tree: unknown[];
  /** The layout XML DingTalk draws (lib/cards/widget); null for an export without one. */
  widgetInfo?: string | null;
  eventChains?: Record<string, unknown>;
}

interface Props {
  template: EditorTemplate;
  robotCodes: readonly string[];
  canSend: boolean;
}

function pick(texts: Record<string, string>, variables: readonly CardVariable[]): Record<string, string> {
  return Object.fromEntries(variables.map((variable) => [variable.name, texts[variable.name] ?? ""]));
}

/** Fill, preview and send one card template. */
export function CardEditor({ template, robotCodes, canSend }: Props) {
  const t = useTranslations("cards.editor");
  const issue = useIssueText();
  const publicVars = useMemo(() => template.variables.filter((variable) => !variable.private), [template.variables]);
  const privateVars = useMemo(() => template.variables.filter((variable) => variable.private), [template.variables]);
  const privateNames = useMemo(() => privateVars.map((variable) => variable.name), [privateVars]);
  const mock = useMemo(() => initialTexts(template.variables, template.mockData), [template]);
  const defaults = useMemo<CardFormValues>(
    () => ({
      values: pick(mock, publicVars),
      privateDefaults: pick(mock, privateVars),
      privateRows: [],
      lastMessageI18n: {
        zh_CN:
          typeof template.mockData.cardData.lastMessage === "string"
            ? template.mockData.cardData.lastMessage
            : template.name,
        en_US: "",
      },
      robotCode: robotCodes[0] ?? "",
      audienceType: "users",
      userIdsText: "",
      openConversationId: "",
      coolAppCode: "",
      userIdType: "1",
      pullStrategy: false,
    }),
    [mock, publicVars, privateVars, robotCodes, template],
  );
  // The schema (and zod) loads on the form's first check, not with the page (docs/architecture.md).
  const resolver = useMemo(
    () =>
      lazyZodResolver<CardFormValues>(() =>
        import("@/lib/cards/form.schema").then((module) => module.cardFormSchema(template.variables)),
      ),
    [template.variables],
  );
  const form = useForm<CardFormValues>({
    resolver,
    defaultValues: defaults,
    mode: "onChange",
  });
  const { register, watch, formState, setError, handleSubmit, reset, control } = form;
  const [viewer, setViewer] = useState(0);
  const [sentId, setSentId] = useState<string | null>(null);
  const { executeAsync, isPending } = useAction(sendCardAction);

  const values = useWatch({ control, name: "values" });
  const privateDefaults = useWatch({ control, name: "privateDefaults" });
  const rows = useWatch({ control, name: "privateRows" });
  const row = viewer > 0 ? rows[viewer - 1] : undefined;
  const data = previewData(template.variables, { ...privateDefaults, ...(row?.values ?? {}), ...values });

  const submit = handleSubmit(async (input) => {
    const result = await executeAsync(toSendInput(template.id, input));
    if (result?.data) {
      setSentId(result.data.messageId);
      toast.success(t("sent", { count: result.data.recipients }));
      return;
    }
    // Values the server's encoder refused: one message per form path, shown at its field.
    const fields = result?.serverError?.fields;
    if (fields) {
      for (const [path, message] of Object.entries(fields))
        setError(path as Path<CardFormValues>, { type: "server", message });
      toast.error(t("fixErrors"));
      return;
    }
    toast.error(result?.serverError?.message ?? t("fixErrors"));
  });

  return (
    <form
      onSubmit={submit}
      noValidate
      className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_minmax(0,560px)]"
      data-testid="card-editor"
    >
      <div className="flex min-w-0 flex-col gap-6">
        <Card>
          <div className="flex items-center gap-2">
            <CardTitle className="mr-auto">{t("publicVariables")}</CardTitle>
            <Button type="button" variant="ghost" size="sm" onClick={() => reset(defaults)}>
              <RotateCcw aria-hidden="true" />
              {t("resetMock")}
            </Button>
          </div>
          {template.variables.length === 0 ? <p className="mt-3 text-sm text-muted">{t("noVariables")}</p> : null}
          <div className="mt-4 grid gap-4 md:grid-cols-2" data-testid="public-fields">
            {publicVars.map((variable) => (
              <VariableField
                key={variable.name}
                id={`var-${variable.name}`}
                variable={variable}
                registration={register(`values.${variable.name}`)}
                value={values[variable.name] ?? ""}
                error={issue(formState.errors.values?.[variable.name]?.message)}
              />
            ))}
          </div>
        </Card>
        {privateVars.length > 0 ? (
          <Card>
            <CardTitle>{t("privateVariables")}</CardTitle>
            <div className="mt-3">
              <PrivateTable
                variables={privateVars}
                control={control}
                register={register}
                watch={watch}
                errors={formState.errors}
                initial={pick(mock, privateVars)}
              />
            </div>
          </Card>
        ) : null}
        {canSend ? (
          <Card>
            <CardTitle>{t("sendTitle")}</CardTitle>
            <div className="mt-4">
              <SendFields register={register} watch={watch} errors={formState.errors} robotCodes={robotCodes} />
            </div>
            <div className="mt-5 flex flex-wrap items-center gap-3">
              <Button type="submit" disabled={isPending} data-testid="send-card">
                <Send aria-hidden="true" />
                {isPending ? t("sending") : t("send")}
              </Button>
              {sentId ? (
                <Link
                  className="text-sm text-primary underline"
                  href={`/messages/${sentId}`}
                  data-testid="sent-message-link"
                >
                  {t("viewMessage")}
                </Link>
              ) : null}
            </div>
          </Card>
        ) : null}
      </div>
      <div className="min-w-0 xl:sticky xl:top-4 xl:self-start">
        <PreviewPanel
          tree={template.tree}
          widgetInfo={template.widgetInfo}
          eventChains={template.eventChains}
          privateNames={privateNames}
          data={data}
          viewers={[t("everyoneElse"), ...rows.map((entry, index) => entry.userId || `${t("userId")} ${index + 1}`)]}
          viewer={viewer}
          onViewer={setViewer}
        />
      </div>
    </form>
  );
}
