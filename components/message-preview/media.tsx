import {
  AudioLines,
  File,
  FileArchive,
  FileSpreadsheet,
  FileText,
  Play,
  Presentation,
  type LucideIcon,
} from "lucide-react";
import { useTranslations } from "next-intl";
import type { FileIcon, PreviewImage } from "@/lib/message-types/preview-model";
import { cn } from "@/components/ui/cn";
import { CARD_CLASS } from "./cards";
import { PreviewPicture } from "./preview-image";

/** Shown instead of a duration the admin has not typed (or typed wrong) yet. */
const NO_DURATION = "--:--";

const FILE_ICONS: Record<FileIcon, LucideIcon> = {
  pdf: FileText,
  word: FileText,
  excel: FileSpreadsheet,
  powerpoint: Presentation,
  archive: FileArchive,
  text: FileText,
  generic: File,
};

/** Colours follow the usual Office/PDF conventions, so a file type reads at a glance. */
const FILE_ICON_CLASS: Record<FileIcon, string> = {
  pdf: "text-danger",
  word: "text-primary",
  excel: "text-success",
  powerpoint: "text-warning",
  archive: "text-muted",
  text: "text-muted",
  generic: "text-muted",
};

function MissingMedia() {
  const t = useTranslations("preview");
  return <p className="mt-1 text-xs text-muted">{t("noMedia")}</p>;
}

export function AudioView({ duration, hasMedia }: { duration: string | null; hasMedia: boolean }) {
  const t = useTranslations("preview");
  return (
    <div>
      <div className="inline-flex min-w-32 items-center gap-2 rounded-lg rounded-tl-sm border border-border bg-surface px-3 py-2 text-sm">
        <AudioLines aria-hidden className="size-4 text-primary" />
        <span className="sr-only">{t("voice")}</span>
        <span className="tabular-nums">{duration ?? NO_DURATION}</span>
      </div>
      {hasMedia ? null : <MissingMedia />}
    </div>
  );
}

export function FileView({
  fileName,
  fileType,
  icon,
  hasMedia,
}: {
  fileName: string;
  fileType: string;
  icon: FileIcon;
  hasMedia: boolean;
}) {
  const t = useTranslations("preview");
  const Icon = FILE_ICONS[icon];
  return (
    <div>
      <div className={cn(CARD_CLASS, "flex items-center gap-3 p-3")}>
        <Icon aria-hidden className={cn("size-9 shrink-0", FILE_ICON_CLASS[icon])} />
        <div className="min-w-0">
          <p className="truncate text-sm font-medium">
            {fileName || <span className="text-muted">{t("emptyFileName")}</span>}
          </p>
          <p className="text-xs uppercase text-muted">{fileType || t("file")}</p>
        </div>
      </div>
      {hasMedia ? null : <MissingMedia />}
    </div>
  );
}

export function VideoView({
  duration,
  hasMedia,
  cover,
}: {
  duration: string | null;
  hasMedia: boolean;
  cover: PreviewImage;
}) {
  const t = useTranslations("preview");
  return (
    <div>
      <div className="relative aspect-video w-full max-w-80 overflow-hidden rounded-lg border border-border">
        <PreviewPicture image={cover} alt={t("videoCoverAlt")} className="size-full" />
        <span aria-hidden className="absolute inset-0 flex items-center justify-center">
          <span className="flex size-10 items-center justify-center rounded-full bg-foreground/60 text-background">
            <Play className="size-5" />
          </span>
        </span>
        <span className="absolute bottom-1 right-2 rounded bg-foreground/60 px-1 text-xs tabular-nums text-background">
          <span className="sr-only">{t("video")} </span>
          {duration ?? NO_DURATION}
        </span>
      </div>
      {hasMedia ? null : <MissingMedia />}
    </div>
  );
}
