"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { setLocaleAction } from "@/lib/actions/locale";
import { locales, type Locale } from "@/lib/i18n/locale";

const names: Record<Locale, string> = { "zh-CN": "中文", en: "English" };

/**
 * The language picker's interactive part. It takes its current value from the server (see
 * language-switch.tsx) and calls the action directly, so the sign-in page needs neither next-intl
 * nor next-safe-action's hooks in the browser.
 */
export function LanguageSelect({ current }: { current: Locale }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <select
      className="rounded-md border border-border bg-surface px-2 py-1 text-sm text-foreground"
      defaultValue={current}
      disabled={pending}
      onChange={(event) => {
        const locale = event.target.value as Locale;
        startTransition(async () => {
          await setLocaleAction({ locale });
          router.refresh();
        });
      }}
      data-testid="language-switch"
    >
      {locales.map((locale) => (
        <option key={locale} value={locale} lang={locale}>
          {names[locale]}
        </option>
      ))}
    </select>
  );
}
