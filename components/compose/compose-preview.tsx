"use client";

import { useTranslations } from "next-intl";
import { memo } from "react";
import { useWatch } from "react-hook-form";
import { MessagePreview } from "@/components/message-preview/message-preview";
import type { ComposeControl } from "./compose-form.schema";

/**
 * Watches only `message`, and is memoised on props that never change, so the recipient list (its
 * parsing progress, 100,000 ids) never re-renders the preview; typing in a message field does.
 */
export const ComposePreview = memo(function ComposePreview({ control }: { control: ComposeControl }) {
  const t = useTranslations("compose.sections");
  const message = useWatch({ control, name: "message" });
  return (
    <section aria-labelledby="compose-preview-title" className="flex flex-col gap-3" data-testid="compose-preview">
      <div>
        <h2 id="compose-preview-title" className="text-base font-semibold">
          {t("preview")}
        </h2>
        <p className="text-sm text-muted">{t("previewHint")}</p>
      </div>
      <MessagePreview msgKey={message.msgKey} msgParam={message.msgParam} />
    </section>
  );
});
