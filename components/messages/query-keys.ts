/** One typed factory for react-query keys, so invalidation and polling agree on the shape. */
export const queryKeys = {
  message: (id: string) => ["message", id] as const,
  recipients: (id: string, filters: { state?: string; read?: string; q?: string }) =>
    ["message", id, "recipients", filters] as const,
  readTimeline: (id: string) => ["message", id, "timeline"] as const,
};
