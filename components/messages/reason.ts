"use client";

import { useLocale, useTranslations } from "next-intl";
import { describeDingTalkError } from "@/lib/dingtalk/errors/describe";

const OWN_REASONS = [
  "invalidStaffIdList",
  "flowControlledStaffIdList",
  "dingcast.flowControl.retryCapReached",
  "dingcast.rateLimit.retryCapReached",
  "dingcast.inFlightAtCrash",
  "dingcast.internal",
] as const;
type OwnReason = (typeof OWN_REASONS)[number];

function isOwnReason(code: string): code is OwnReason {
  return (OWN_REASONS as readonly string[]).includes(code);
}

/** A recipient's reason code in words: Dingcast's own reasons, else DingTalk's catalog entry. */
export function useReasonText(): (code: string | null) => string | null {
  const t = useTranslations("reasons");
  const locale = useLocale();
  return (code) => {
    if (!code) return null;
    if (isOwnReason(code)) return t(code);
    const description = describeDingTalkError(code, locale);
    return `${description.title}. ${description.action}`;
  };
}
