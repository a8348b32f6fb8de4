// Boots the server-side runtime once per Node process, before the first request, so a bad
// configuration stops the start instead of the first click. Node-only code lives in its own file
// so the edge bundle never sees it.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // `next build` may load this file in its workers; the database belongs to the server alone.
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  await import("./instrumentation-node");
}
