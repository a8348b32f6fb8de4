import "server-only";
import { z } from "zod";

/**
 * Response schemas. Objects are loose because DingTalk adds fields without notice; lists DingTalk
 * leaves out when empty default to [] so callers never branch on absence.
 */
const stringList = z
  .array(z.string())
  .nullish()
  .transform((value) => value ?? []);

const optionalString = z
  .string()
  .nullish()
  .transform((value) => value || undefined);

export const accessTokenResponseSchema = z.looseObject({
  accessToken: z.string().min(1),
  expireIn: z.number().positive(),
});

export const privateChatSendResponseSchema = z.looseObject({
  processQueryKey: z.string().min(1),
});

export const privateChatQueryResponseSchema = z.looseObject({
  sendStatus: z.string(),
  readUserIds: stringList,
  nextToken: optionalString,
  hasMore: z
    .boolean()
    .nullish()
    .transform((value) => value ?? false),
});

export const batchSendOtoResponseSchema = z.looseObject({
  processQueryKey: z.string().min(1),
  invalidStaffIdList: stringList,
  flowControlledStaffIdList: stringList,
});

export const interactiveCardSendResponseSchema = z.looseObject({
  success: z.boolean(),
  result: z
    .looseObject({ processQueryKey: z.string() })
    .nullish()
    .transform((value) => value ?? undefined),
});

export const otoReadStatusResponseSchema = z.looseObject({
  sendStatus: z.string(),
  messageReadInfoList: z
    .array(
      z.looseObject({
        name: z
          .string()
          .nullish()
          .transform((value) => value ?? ""),
        userId: z.string(),
        readStatus: z.enum(["READ", "UNREAD"]),
        /** Epoch milliseconds; absent or 0 while unread. */
        readTimestamp: z
          .number()
          .nullish()
          .transform((value) => value ?? null),
      }),
    )
    .nullish()
    .transform((value) => value ?? []),
});

export const batchRecallResponseSchema = z.looseObject({
  successResult: stringList,
  /** processQueryKey -> DingTalk's reason. */
  failedResult: z
    .record(z.string(), z.string())
    .nullish()
    .transform((value) => value ?? {}),
});

export const createAndDeliverResponseSchema = z.looseObject({
  success: z.boolean(),
  result: z
    .looseObject({
      outTrackId: z.string(),
      deliverResults: z
        .array(
          z.looseObject({
            spaceType: z.string(),
            spaceId: z.string(),
            success: z.boolean(),
            /** For IM spaces the processQueryKey of the delivered message (for read lists). */
            carrierId: optionalString,
            errorMsg: optionalString,
          }),
        )
        .nullish()
        .transform((value) => value ?? []),
    })
    .nullish()
    .transform((value) => value ?? undefined),
});

export type TokenGrantResult = z.output<typeof accessTokenResponseSchema>;
export type PrivateChatSendResult = z.output<typeof privateChatSendResponseSchema>;
export type PrivateChatQueryResult = z.output<typeof privateChatQueryResponseSchema>;
export type BatchSendOtoResult = z.output<typeof batchSendOtoResponseSchema>;
export type InteractiveCardSendResult = z.output<typeof interactiveCardSendResponseSchema>;
export type OtoReadStatusResult = z.output<typeof otoReadStatusResponseSchema>;
export type BatchRecallResult = z.output<typeof batchRecallResponseSchema>;
export type CreateAndDeliverResult = z.output<typeof createAndDeliverResponseSchema>;
