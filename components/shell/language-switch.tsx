"use client";

import { Languages } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { setLocaleAction } from "@/lib/actions/locale";
import { locales, type Locale } from "@/lib/i18n/locale";

const labels: Record<Locale, string> = { "zh-CN": "中文", en: "English" };

export function LanguageSwitch() {
  const t = useTranslations("shell");
  const current = useLocale();
  const router = useRouter();
  const { execute, isPending } = useAction(setLocaleAction, { onSuccess: () => router.refresh() });

  return (
    <label className="flex items-center gap-2 text-sm text-muted">
      <Languages aria-hidden className="size-4" />
      <span className="sr-only">{t("language")}</span>
      <select
        className="rounded-md border border-border bg-surface px-2 py-1 text-sm text-foreground"
        value={current}
        disabled={isPending}
        onChange={(event) => execute({ locale: event.target.value as Locale })}
        data-testid="language-switch"
      >
        {locales.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {labels[locale]}
          </option>
        ))}
      </select>
    </label>
  );
}
