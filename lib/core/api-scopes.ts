/** What an automation API key may do: `send` messages and cards, `read` their status. */
export const apiScopes = ["send", "read"] as const;
export type ApiScope = (typeof apiScopes)[number];
