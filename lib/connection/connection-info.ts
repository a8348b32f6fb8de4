/** What the console may show about the DingTalk connection: never a secret, at most 4 characters of the key. */
export interface ConnectionInfo {
  mode: "sandbox" | "live";
  /** Where the credentials come from: the environment wins over Settings; neither means sandbox. */
  source: "environment" | "settings" | "sandbox";
  apiBase: string;
  appKeyMasked: string | null;
  appSecretConfigured: boolean;
  appSecretMasked: string | null;
  robotCodes: string[];
  qps: number;
  monthlyQuota: number;
}

export function maskSecret(value: string | null | undefined): string | null {
  if (!value) return null;
  // Short values would be fully revealed by their last 4 characters; show fewer.
  const shown = value.length > 8 ? 4 : Math.min(2, Math.floor(value.length / 4));
  return `••••${shown > 0 ? value.slice(-shown) : ""}`;
}
