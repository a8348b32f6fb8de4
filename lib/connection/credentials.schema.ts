import * as z from "zod/mini";

/**
 * The Settings form for DingTalk credentials and its action. Messages are keys of the
 * `credentials` namespace. The secret may be empty on later saves: the saved one is kept.
 */
export const credentialsSchema = z.object({
  appKey: z.string().check(z.trim(), z.minLength(1, "appKeyRequired"), z.maxLength(200, "appKeyRequired")),
  appSecret: z.string().check(z.trim(), z.maxLength(200, "appSecretRequired")),
  robotCodes: z.string().check(z.trim(), z.maxLength(2000, "robotCodesInvalid")),
});

export type CredentialsInput = z.infer<typeof credentialsSchema>;

export function parseRobotCodes(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[,\s]+/)
        .map((code) => code.trim())
        .filter(Boolean),
    ),
  ];
}
