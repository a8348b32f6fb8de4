"use client";

import { useLocale, useTranslations } from "next-intl";
import { describeDingTalkError } from "@/lib/error-catalog/describe";

// next-intl reads dots as nesting, so Dingcast's dotted reason codes map to flat message keys.
const OWN_REASONS = {
  invalidStaffIdList: "invalidStaffIdList",
  flowControlledStaffIdList: "flowControlledStaffIdList",
  "dingcast.flowControl.retryCapReached": "flowControlCapReached",
  "dingcast.rateLimit.retryCapReached": "rateLimitCapReached",
  "dingcast.inFlightAtCrash": "inFlightAtCrash",
  "dingcast.internal": "internal",
} as const;

function ownReasonKey(code: string) {
  return Object.hasOwn(OWN_REASONS, code) ? OWN_REASONS[code as keyof typeof OWN_REASONS] : null;
}

/** A recipient's reason code in words: Dingcast's own reasons, else DingTalk's catalog entry. */
export function useReasonText(): (code: string | null) => string | null {
  const t = useTranslations("reasons");
  const locale = useLocale();
  return (code) => {
    if (!code) return null;
    const own = ownReasonKey(code);
    if (own) return t(own);
    const description = describeDingTalkError(code, locale);
    return `${description.title}. ${description.action}`;
  };
}
