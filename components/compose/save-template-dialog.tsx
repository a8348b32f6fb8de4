"use client";

import { useTranslations } from "next-intl";
import { useAction } from "next-safe-action/hooks";
import { useState, type FormEvent } from "react";
import { toast } from "@/components/toast";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { saveTemplateAction } from "@/lib/actions/messages";
import { saveTemplateSchema } from "@/lib/messages/drafts.schema";
import type { TemplateSummary } from "@/lib/core/dto/template-summary";
import type { ComposeMessage } from "@/lib/message-types/compose.schema";
import { FieldShell } from "./field-shell";

const nameSchema = saveTemplateSchema.shape.name;

interface SaveTemplateDialogProps {
  /** The validated message to save; null keeps the dialog closed. */
  message: ComposeMessage | null;
  onClose: () => void;
  onSaved: (template: TemplateSummary) => void;
}

export function SaveTemplateDialog({ message, onClose, onSaved }: SaveTemplateDialogProps) {
  const t = useTranslations("compose");
  return (
    <Dialog
      open={message !== null}
      onClose={onClose}
      title={t("templates.saveTitle")}
      description={t("templates.saveDescription")}
      closeLabel={t("close")}
      data-testid="save-template-dialog"
    >
      {message && <SaveTemplateForm message={message} onClose={onClose} onSaved={onSaved} />}
    </Dialog>
  );
}

function SaveTemplateForm({
  message,
  onClose,
  onSaved,
}: {
  message: ComposeMessage;
  onClose: () => void;
  onSaved: (template: TemplateSummary) => void;
}) {
  const t = useTranslations("compose");
  const [name, setName] = useState("");
  const [submitted, setSubmitted] = useState(false);
  const [serverError, setServerError] = useState<string | null>(null);
  const { executeAsync, isPending } = useAction(saveTemplateAction);
  const parsed = nameSchema.safeParse(name);
  const nameError = submitted && !parsed.success ? parsed.error.issues[0]?.message : undefined;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmitted(true);
    if (!parsed.success) return;
    setServerError(null);
    try {
      const result = await executeAsync({ name: parsed.data, message });
      if (result?.data) {
        onSaved({ id: result.data.id, name: parsed.data, message, updatedAt: new Date().toISOString() });
        toast.success(t("templates.saved", { name: parsed.data }));
        onClose();
        return;
      }
      const reason =
        result?.serverError?.message ??
        result?.validationErrors?.fieldErrors?.name?.[0] ??
        result?.validationErrors?.formErrors?.[0] ??
        "";
      setServerError(t("templates.failed", { reason }));
    } catch (error) {
      setServerError(t("templates.failed", { reason: error instanceof Error ? error.message : String(error) }));
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <FieldShell id="template-name" label={t("templates.name")} error={nameError} required>
        {(props) => (
          <Input
            {...props}
            value={name}
            onChange={(event) => setName(event.target.value)}
            maxLength={200}
            autoComplete="off"
            autoFocus
          />
        )}
      </FieldShell>
      {serverError && (
        <p role="alert" className="text-sm text-danger">
          {serverError}
        </p>
      )}
      <div className="flex justify-end gap-3">
        <Button type="button" variant="secondary" onClick={onClose}>
          {t("cancel")}
        </Button>
        <Button type="submit" disabled={isPending} data-testid="save-template-confirm">
          {isPending ? t("templates.saving") : t("templates.saveConfirm")}
        </Button>
      </div>
    </form>
  );
}
