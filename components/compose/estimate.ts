/**
 * batchSend takes at most 20 userIds per call. The same number as USERS_PER_CHUNK in
 * lib/messages/plan.ts, which is server-only (it writes the plan); estimate.test.ts keeps the two equal.
 */
export const USERS_PER_CALL = 20;

export type EstimateAudience = { type: "users"; count: number } | { type: "conversation" };

export interface SendEstimate {
  recipients: number;
  calls: number;
  /** calls / qps: the time the rate limiter alone needs; DingTalk's own latency comes on top. */
  seconds: number;
  /** Share of the monthly quota this send takes (0.01 = 1 %). */
  quotaShare: number;
  /** True when the calls already made this month plus this send pass the quota. */
  exceedsQuota: boolean;
}

export function estimateSend(
  audience: EstimateAudience,
  limits: { qps: number; monthlyQuota: number; usedThisMonth: number },
): SendEstimate {
  const recipients = audience.type === "users" ? audience.count : 1;
  const calls = audience.type === "users" ? Math.ceil(audience.count / USERS_PER_CALL) : 1;
  const seconds = limits.qps > 0 ? calls / limits.qps : 0;
  const quotaShare = limits.monthlyQuota > 0 ? calls / limits.monthlyQuota : 0;
  return { recipients, calls, seconds, quotaShare, exceedsQuota: limits.usedThisMonth + calls > limits.monthlyQuota };
}

export type DurationParts =
  | { unit: "lessThanSecond" }
  | { unit: "seconds"; seconds: number }
  | { unit: "minutes"; minutes: number; seconds: number }
  | { unit: "hours"; hours: number; minutes: number };

/** Seconds split for display: one decimal under a minute (2.5 s), whole units above. */
export function durationParts(totalSeconds: number): DurationParts {
  if (totalSeconds < 1) return { unit: "lessThanSecond" };
  if (totalSeconds < 60) return { unit: "seconds", seconds: Math.round(totalSeconds * 10) / 10 };
  const whole = Math.round(totalSeconds);
  if (whole < 3600) return { unit: "minutes", minutes: Math.floor(whole / 60), seconds: whole % 60 };
  return { unit: "hours", hours: Math.floor(whole / 3600), minutes: Math.floor((whole % 3600) / 60) };
}
