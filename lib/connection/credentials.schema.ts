import { z } from "zod";

/**
 * The Settings form for DingTalk credentials and its action. Messages are keys of the
 * `credentials` namespace. The secret may be empty on later saves: the saved one is kept.
 */
export const credentialsSchema = z.object({
  appKey: z.string().trim().min(1, "appKeyRequired").max(200, "appKeyRequired"),
  appSecret: z.string().trim().max(200, "appSecretRequired"),
  robotCodes: z.string().trim().max(2000, "robotCodesInvalid"),
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
