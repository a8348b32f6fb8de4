import type apiEn from "./i18n/messages/api.en.json";
import type authEn from "./i18n/messages/auth.en.json";
import type cardsEn from "./i18n/messages/cards.en.json";
import type en from "./i18n/messages/en.json";
import type { Locale } from "./lib/i18n/locale";

declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: typeof en & typeof authEn & typeof apiEn & typeof cardsEn;
  }
}
