import type apiEn from "./messages/api.en.json";
import type authEn from "./messages/auth.en.json";
import type cardsEn from "./messages/cards.en.json";
import type en from "./messages/en.json";
import type { Locale } from "./lib/i18n/locale";

declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: typeof en & typeof authEn & typeof apiEn & typeof cardsEn;
  }
}
