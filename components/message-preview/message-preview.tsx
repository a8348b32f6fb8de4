import { Bot } from "lucide-react";
import { useTranslations } from "next-intl";
import { toPreviewModel, type PreviewModel } from "@/lib/message-types/preview-model";
import { cn } from "@/components/ui/cn";
import { ActionCardView, LinkCard } from "./cards";
import { MarkdownView } from "./markdown-view";
import { AudioView, FileView, VideoView } from "./media";
import { PreviewPicture } from "./preview-image";

export interface MessagePreviewProps {
  msgKey: string;
  /** The form's values or the stored msgParam JSON string; partial and invalid values are fine. */
  msgParam: unknown;
  /** Defaults to a generic bot name. */
  robotName?: string;
  className?: string;
}

/**
 * A DingTalk-like chat row: robot avatar and name on the left, the message as the recipient will see
 * it. Pure rendering of lib/message-types/preview-model, so it re-renders as the admin types.
 */
export function MessagePreview({ msgKey, msgParam, robotName, className }: MessagePreviewProps) {
  const t = useTranslations("preview");
  const model = toPreviewModel(msgKey, msgParam);
  const listTitle = model.kind === "markdown" || model.kind === "actionCard" ? model.listTitle : null;
  return (
    <section
      aria-label={t("label")}
      className={cn("rounded-lg border border-border bg-background p-4 text-foreground", className)}
    >
      {listTitle === null ? null : (
        // DingTalk shows these titles only in the chat list and notifications, never in the bubble.
        <p className="mb-3 truncate rounded bg-surface px-2 py-1 text-xs text-muted">
          {t("chatListTitle", { title: listTitle || t("emptyTitle") })}
        </p>
      )}
      <div className="flex items-start gap-3">
        <div
          aria-hidden
          className="flex size-9 shrink-0 items-center justify-center rounded-full bg-primary text-primary-foreground"
        >
          <Bot className="size-5" />
        </div>
        <div className="min-w-0 flex-1">
          <p className="mb-1 truncate text-xs text-muted">{robotName || t("robotFallbackName")}</p>
          <MessageBody model={model} />
        </div>
      </div>
    </section>
  );
}

function MessageBody({ model }: { model: PreviewModel }) {
  const t = useTranslations("preview");
  switch (model.kind) {
    case "text":
      return (
        <div className="inline-block max-w-80 whitespace-pre-wrap break-words rounded-lg rounded-tl-sm border border-border bg-surface px-3 py-2 text-sm">
          {model.text || <span className="text-muted">{t("emptyText")}</span>}
        </div>
      );
    case "markdown":
      return (
        <div className="max-w-80 rounded-lg rounded-tl-sm border border-border bg-surface px-3 py-2">
          {model.body.blocks.length > 0 ? (
            <MarkdownView doc={model.body} />
          ) : (
            <p className="text-sm text-muted">{t("emptyText")}</p>
          )}
        </div>
      );
    case "image":
      return (
        <PreviewPicture
          image={model.image}
          alt={t("pictureAlt")}
          className="max-h-72 min-h-24 w-full max-w-60 rounded-lg border border-border"
        />
      );
    case "link":
      return <LinkCard title={model.title} text={model.text} picture={model.picture} link={model.link} />;
    case "actionCard":
      return <ActionCardView body={model.body} orientation={model.orientation} buttons={model.buttons} />;
    case "audio":
      return <AudioView duration={model.duration} hasMedia={model.hasMedia} />;
    case "file":
      return (
        <FileView fileName={model.fileName} fileType={model.fileType} icon={model.icon} hasMedia={model.hasMedia} />
      );
    case "video":
      return <VideoView duration={model.duration} hasMedia={model.hasMedia} cover={model.cover} />;
    case "unknown":
      return <p className="text-sm text-muted">{t("unknownType")}</p>;
  }
}
