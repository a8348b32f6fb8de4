import { useTranslations } from "next-intl";
import type { ButtonOrientation, PreviewButton, PreviewImage, PreviewLink } from "@/lib/message-types/preview-model";
import type { MarkdownDocument } from "@/lib/message-types/markdown";
import { cn } from "@/components/ui/cn";
import { ExternalLink } from "./external-link";
import { MarkdownView } from "./markdown-view";
import { PreviewPicture } from "./preview-image";

/** The card frame DingTalk draws around link and action card messages. */
export const CARD_CLASS = "w-full max-w-80 overflow-hidden rounded-lg border border-border bg-surface text-foreground";

interface LinkCardProps {
  title: string;
  text: string;
  picture: PreviewImage;
  link: PreviewLink | null;
}

/** Title on top, description beside a square thumbnail, the whole card opening messageUrl. */
export function LinkCard({ title, text, picture, link }: LinkCardProps) {
  const t = useTranslations("preview");
  const body = (
    <>
      <p className="line-clamp-2 text-sm font-semibold">
        {title || <span className="text-muted">{t("emptyTitle")}</span>}
      </p>
      <div className="mt-2 flex items-start gap-3">
        <p className="line-clamp-3 min-w-0 flex-1 text-xs text-muted">{text || t("emptyText")}</p>
        <PreviewPicture image={picture} alt={t("pictureAlt")} className="size-14 shrink-0 rounded" compact />
      </div>
    </>
  );
  if (link?.opensInBrowser) {
    return (
      <ExternalLink href={link.href} className={cn(CARD_CLASS, "block p-3 hover:border-primary")}>
        {body}
      </ExternalLink>
    );
  }
  return (
    <div className={cn(CARD_CLASS, "p-3")} title={link ? t("opensInDingTalk") : t("noLink")}>
      {body}
    </div>
  );
}

interface ActionCardProps {
  body: MarkdownDocument;
  orientation: ButtonOrientation;
  buttons: readonly PreviewButton[];
}

/** Markdown body, then the buttons: stacked (VERTICAL) or side by side (HORIZONTAL). */
export function ActionCardView({ body, orientation, buttons }: ActionCardProps) {
  const t = useTranslations("preview");
  return (
    <div className={CARD_CLASS}>
      <div className="p-3">
        {body.blocks.length > 0 ? <MarkdownView doc={body} /> : <p className="text-sm text-muted">{t("emptyText")}</p>}
      </div>
      <div
        className={cn(
          "border-t border-border",
          orientation === "HORIZONTAL" ? "grid grid-cols-2 divide-x divide-border" : "divide-y divide-border",
        )}
      >
        {buttons.map((button) => (
          <CardButton key={button.index} button={button} />
        ))}
      </div>
    </div>
  );
}

function CardButton({ button }: { button: PreviewButton }) {
  const t = useTranslations("preview");
  const label = button.title || t("buttonPlaceholder", { n: button.index });
  const className = cn("block truncate px-3 py-2 text-center text-sm", button.title ? "text-primary" : "text-muted");
  // Only web links are followed from the console; the rest are styled text, not fake buttons.
  if (button.link?.opensInBrowser) {
    return (
      <ExternalLink href={button.link.href} className={cn(className, "hover:bg-background")}>
        {label}
      </ExternalLink>
    );
  }
  return (
    <span className={className} title={button.link ? t("opensInDingTalk") : t("noLink")}>
      {label}
    </span>
  );
}
