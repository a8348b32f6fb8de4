import type { ApiScope } from "../api-scopes";

/** An automation API key as Settings lists it: never the key itself (lib/api-keys/keys.ts). */
export interface ApiKeySummary {
  id: string;
  name: string;
  prefix: string;
  scopes: ApiScope[];
  expiresAt: string | null;
  revokedAt: string | null;
  lastUsedAt: string | null;
  createdBy: string | null;
  createdAt: string;
}
