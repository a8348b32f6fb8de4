import { getLocale, getTranslations } from "next-intl/server";
import { isLocale } from "@/lib/i18n/locale";
import { LanguageSelect } from "./language-select";
import { LanguagesIcon } from "./static-icons";

/** The language picker of both layouts: rendered on the server, with a small client select. */
export async function LanguageSwitch() {
  const [t, locale] = await Promise.all([getTranslations("shell"), getLocale()]);
  return (
    <label className="flex items-center gap-2 text-sm text-muted">
      <LanguagesIcon className="size-4" />
      <span className="sr-only">{t("language")}</span>
      <LanguageSelect current={isLocale(locale) ? locale : "zh-CN"} />
    </label>
  );
}
