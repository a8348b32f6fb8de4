/**
 * How far ahead a send may be scheduled; DingTalk tokens and robots change over longer spans. A
 * zod-free module, so the compose form's schedule check loads no zod (docs/architecture.md).
 */
export const MAX_SCHEDULE_DAYS = 30;
