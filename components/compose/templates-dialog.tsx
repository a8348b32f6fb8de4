"use client";

import { FileStack, Trash2 } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { toast } from "@/components/toast";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { deleteTemplateAction } from "@/lib/actions/messages";
import type { TemplateSummary } from "@/lib/core/dto/template-summary";
import { catalog } from "@/lib/message-types/catalog";

interface TemplatesDialogProps {
  open: boolean;
  onClose: () => void;
  templates: readonly TemplateSummary[];
  /** Whether applying would overwrite something the admin typed (then it asks first). */
  hasContent: () => boolean;
  onApply: (template: TemplateSummary) => void;
  onDeleted: (id: string) => void;
}

type Pending = { kind: "replace" | "delete"; template: TemplateSummary } | null;

export function TemplatesDialog({ open, ...list }: TemplatesDialogProps) {
  const t = useTranslations("compose");
  return (
    <Dialog
      open={open}
      onClose={list.onClose}
      title={t("templates.listTitle")}
      description={t("templates.listDescription")}
      closeLabel={t("close")}
      data-testid="templates-dialog"
    >
      <TemplateList {...list} />
    </Dialog>
  );
}

function TemplateList({ templates, hasContent, onApply, onDeleted, onClose }: Omit<TemplatesDialogProps, "open">) {
  const t = useTranslations("compose");
  const tRoot = useTranslations();
  const format = useFormatter();
  const [pending, setPending] = useState<Pending>(null);
  const [error, setError] = useState<string | null>(null);
  const { executeAsync, isPending } = useAction(deleteTemplateAction);

  function apply(template: TemplateSummary) {
    onApply(template);
    toast.success(t("templates.applied", { name: template.name }));
    onClose();
  }

  async function remove(template: TemplateSummary) {
    setError(null);
    try {
      const result = await executeAsync({ templateId: template.id });
      if (!result?.data) throw new Error(result?.serverError?.message ?? "");
      onDeleted(template.id);
      setPending(null);
      toast.success(t("templates.deleted", { name: template.name }));
    } catch (cause) {
      setError(t("templates.failed", { reason: cause instanceof Error ? cause.message : String(cause) }));
    }
  }

  if (templates.length === 0) return <p className="text-sm text-muted">{t("templates.empty")}</p>;
  return (
    <div className="flex flex-col gap-3">
      {error && (
        <p role="alert" className="text-sm text-danger">
          {error}
        </p>
      )}
      <ul className="flex flex-col divide-y divide-border rounded-md border border-border" data-testid="template-list">
        {templates.map((template) => (
          <li key={template.id} className="flex flex-col gap-2 px-3 py-2.5">
            <div className="flex items-center justify-between gap-3">
              <div className="min-w-0">
                <p className="flex items-center gap-2 truncate text-sm font-medium">
                  <FileStack aria-hidden className="size-4 shrink-0 text-muted" />
                  {template.name}
                </p>
                <p className="text-xs text-muted">
                  {tRoot(catalog[template.message.msgKey].labelKey)} ·{" "}
                  {t("templates.updated", {
                    date: format.dateTime(new Date(template.updatedAt), { dateStyle: "medium" }),
                  })}
                </p>
              </div>
              <div className="flex shrink-0 gap-2">
                <Button
                  type="button"
                  size="sm"
                  variant="secondary"
                  aria-label={t("templates.applyNamed", { name: template.name })}
                  onClick={() => (hasContent() ? setPending({ kind: "replace", template }) : apply(template))}
                >
                  {t("templates.apply")}
                </Button>
                <Button
                  type="button"
                  size="sm"
                  variant="ghost"
                  aria-label={t("templates.deleteNamed", { name: template.name })}
                  onClick={() => setPending({ kind: "delete", template })}
                >
                  <Trash2 aria-hidden />
                </Button>
              </div>
            </div>
            {pending?.template.id === template.id && (
              <div
                role="group"
                aria-label={template.name}
                className="flex flex-wrap items-center justify-between gap-2 rounded-md bg-background px-3 py-2 text-sm"
              >
                <span>
                  {pending.kind === "replace"
                    ? t("templates.replaceConfirm", { name: template.name })
                    : t("templates.deleteConfirm", { name: template.name })}
                </span>
                <span className="flex gap-2">
                  <Button type="button" size="sm" variant="secondary" onClick={() => setPending(null)}>
                    {t("cancel")}
                  </Button>
                  {pending.kind === "replace" ? (
                    <Button type="button" size="sm" onClick={() => apply(template)}>
                      {t("templates.replace")}
                    </Button>
                  ) : (
                    <Button
                      type="button"
                      size="sm"
                      variant="danger"
                      disabled={isPending}
                      onClick={() => void remove(template)}
                    >
                      {t("templates.delete")}
                    </Button>
                  )}
                </span>
              </div>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
