"use client";

import { Copy, Trash2 } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useAction } from "next-safe-action/hooks";
import { useMemo, useState } from "react";
import { toast } from "@/components/toast";
import { CardPreview } from "@/components/card-preview/card-preview";
import { LazyWidgetPreview } from "@/components/card-widget/lazy-widget-preview";
import { useSystemTheme } from "@/components/card-widget/use-system-theme";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { deleteCardAction, duplicateCardAction } from "@/lib/actions/cards";
import { initialTexts, previewData } from "@/lib/cards/encode.model";
import type { EditorTemplate } from "./card-editor";

export interface GalleryItem extends EditorTemplate {
  cardTemplateId: string;
  api: string;
  updatedAt: string;
}

function Thumbnail({ item }: { item: GalleryItem }) {
  const data = useMemo(() => previewData(item.variables, initialTexts(item.variables, item.mockData)), [item]);
  const theme = useSystemTheme();
  // Drawn at mobile width and scaled down: a true picture of the card, not a separate rendering.
  return (
    <div
      aria-hidden="true"
      className="pointer-events-none h-48 overflow-hidden rounded-md bg-neutral-100 p-2 dark:bg-neutral-900"
    >
      <div className="origin-top-left scale-[0.6]">
        {item.widgetInfo ? (
          // The layout DingTalk draws, with the builder's sample data (as on the import page).
          <LazyWidgetPreview
            thumbnail
            widgetInfo={item.widgetInfo}
            cardData={item.mockData.cardData}
            cardPrivateData={item.mockData.cardPrivateData}
            theme={theme}
            width="mobile"
            testId="card-thumbnail"
            fallback={<CardPreview tree={item.tree} data={data} theme={theme} />}
          />
        ) : (
          <CardPreview tree={item.tree} data={data} testId="card-thumbnail" theme={theme} />
        )}
      </div>
    </div>
  );
}

export function Gallery({ items, canEdit }: { items: readonly GalleryItem[]; canEdit: boolean }) {
  const t = useTranslations("cards.gallery");
  const router = useRouter();
  const [deleting, setDeleting] = useState<GalleryItem | null>(null);
  const duplicate = useAction(duplicateCardAction, {
    onSuccess: () => {
      toast.success(t("duplicated"));
      router.refresh();
    },
  });
  const remove = useAction(deleteCardAction, {
    onSuccess: () => {
      toast.success(t("deleted"));
      setDeleting(null);
      router.refresh();
    },
  });
  if (items.length === 0) return <p className="text-sm text-muted">{t("empty")}</p>;
  return (
    <>
      <ul className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3" data-testid="card-gallery">
        {items.map((item) => (
          <li
            key={item.id}
            className="flex flex-col gap-3 rounded-lg border border-border bg-surface p-3"
            data-template-id={item.id}
          >
            <Thumbnail item={item} />
            <div className="min-w-0">
              <Link
                href={`/cards/${item.id}`}
                className="font-medium text-primary underline-offset-2 hover:underline"
                aria-label={`${t("open")}: ${item.name}`}
              >
                {item.name}
              </Link>
              <p className="truncate text-xs text-muted">
                {item.cardTemplateId} · {t("variables", { count: item.variables.length })}
              </p>
            </div>
            {canEdit ? (
              <div className="flex gap-2">
                <Button
                  type="button"
                  size="sm"
                  variant="secondary"
                  disabled={duplicate.isPending}
                  onClick={() => duplicate.execute({ id: item.id })}
                >
                  <Copy aria-hidden="true" />
                  {t("duplicate")}
                </Button>
                <Button type="button" size="sm" variant="ghost" onClick={() => setDeleting(item)}>
                  <Trash2 aria-hidden="true" />
                  {t("delete")}
                </Button>
              </div>
            ) : null}
          </li>
        ))}
      </ul>
      <Dialog
        open={deleting !== null}
        onClose={() => setDeleting(null)}
        title={t("delete")}
        description={deleting ? t("confirmDelete", { name: deleting.name }) : undefined}
        closeLabel={t("cancel")}
      >
        <div className="mt-4 flex justify-end gap-2">
          <Button type="button" variant="secondary" onClick={() => setDeleting(null)}>
            {t("cancel")}
          </Button>
          <Button
            type="button"
            variant="danger"
            disabled={remove.isPending}
            onClick={() => deleting && remove.execute({ id: deleting.id })}
            data-testid="confirm-delete"
          >
            {t("delete")}
          </Button>
        </div>
      </Dialog>
    </>
  );
}
