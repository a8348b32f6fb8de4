"use client";

import { ImageIcon, ImageOff, type LucideIcon } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import type { PreviewImage } from "@/lib/message-types/preview-model";
import { cn } from "@/components/ui/cn";

interface PreviewPictureProps {
  image: PreviewImage;
  alt: string;
  className?: string;
  /** Small slots (the link card thumbnail) show only an icon; the text stays available to screen readers. */
  compact?: boolean;
}

/*
 * A picture as the recipient would see it. Only http(s) URLs reach an <img> (the preview model has
 * already filtered them); a DingTalk media ID cannot be fetched from the browser, so it shows a
 * labelled placeholder. Placeholders are <span>s because markdown images sit inside a <p>.
 */
export function PreviewPicture({ image, alt, className, compact = false }: PreviewPictureProps) {
  const t = useTranslations("preview");
  if (image.kind === "web")
    return <WebImage key={image.src} src={image.src} alt={alt} className={className} compact={compact} />;
  const label = image.kind === "media" ? t("mediaPicture", { mediaId: image.mediaId }) : t("noPicture");
  return <Placeholder icon={ImageIcon} label={label} className={className} compact={compact} />;
}

interface PlaceholderProps {
  icon: LucideIcon;
  label: string;
  className?: string;
  compact: boolean;
}

function Placeholder({ icon: Icon, label, className, compact }: PlaceholderProps) {
  return (
    <span
      role="img"
      aria-label={label}
      title={compact ? label : undefined}
      className={cn(
        "flex flex-col items-center justify-center gap-1 bg-background p-2 text-center text-xs text-muted",
        className,
      )}
    >
      <Icon aria-hidden className="size-6 shrink-0" />
      {compact ? null : (
        <span aria-hidden className="break-all">
          {label}
        </span>
      )}
    </span>
  );
}

/** Keyed by src by the caller, so a new URL gets a fresh "failed" state. */
function WebImage({
  src,
  alt,
  className,
  compact,
}: {
  src: string;
  alt: string;
  className?: string;
  compact: boolean;
}) {
  const t = useTranslations("preview");
  const [failed, setFailed] = useState(false);
  if (failed) return <Placeholder icon={ImageOff} label={t("pictureFailed")} className={className} compact={compact} />;
  return (
    // A plain <img>: the URL is whatever the admin typed (any host, unknown size), so next/image's
    // optimizer and its host allow-list do not apply. no-referrer keeps the console URL private.
    // eslint-disable-next-line @next/next/no-img-element
    <img
      src={src}
      alt={alt}
      referrerPolicy="no-referrer"
      loading="lazy"
      onError={() => setFailed(true)}
      className={cn("object-cover", className)}
    />
  );
}
