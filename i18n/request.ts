import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { isLocale, localeCookieName, negotiateLocale, type Locale } from "@/lib/i18n/locale";

// No locale in the URL: a cookie set by the language switch wins, then the browser's Accept-Language.
export default getRequestConfig(async () => {
  const chosen = (await cookies()).get(localeCookieName)?.value;
  const locale: Locale = isLocale(chosen) ? chosen : negotiateLocale((await headers()).get("accept-language"));
  // Accounts, users, audit and credentials strings live in their own files (i18n/messages/auth.*.json),
  // and so do the automation API's (i18n/messages/api.*.json) and card templates' (i18n/messages/cards.*.json).
  const [base, auth, api, cards] = await Promise.all([
    import(`./messages/${locale}.json`),
    import(`./messages/auth.${locale}.json`),
    import(`./messages/api.${locale}.json`),
    import(`./messages/cards.${locale}.json`),
  ]);
  return {
    locale,
    messages: { ...base.default, ...auth.default, ...api.default, ...cards.default },
    timeZone: "Asia/Shanghai",
  };
});
