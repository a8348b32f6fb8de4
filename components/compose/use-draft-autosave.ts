"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { saveDraftAction } from "@/lib/actions/messages";

export type DraftStatus =
  | { kind: "idle"; restored: boolean }
  | { kind: "saving" }
  | { kind: "saved"; at: Date }
  /** `reason`: the validation message (a next-intl key) when the server refused the draft itself. */
  | { kind: "failed"; reason?: string };

/** The first message in next-safe-action's formatted validation errors (`{ _errors, field: { _errors } }`). */
function firstValidationMessage(errors: unknown, depth = 0): string | undefined {
  if (depth > 8 || typeof errors !== "object" || errors === null) return undefined;
  for (const [key, value] of Object.entries(errors)) {
    if (key === "_errors" && Array.isArray(value) && typeof value[0] === "string") return value[0];
    const inner = firstValidationMessage(value, depth + 1);
    if (inner) return inner;
  }
  return undefined;
}

const DEBOUNCE_MS = 1000;
// After a failed save, try once more by itself (a flaky network should not need a keystroke to
// recover); after that only the next change tries again, so a save the server keeps refusing does
// not resend a large draft every few seconds.
const RETRY_MS = 10_000;

/**
 * Saves the draft on the server about a second after the last change, one request at a time (a
 * change made while a save is in flight is saved right after it). `pause()` holds saving while a send
 * is in flight: once it succeeds the server has cleared the draft and nothing may write it back;
 * `resume()` after a failed send saves again (the draft itself was never touched).
 */
export function useDraftAutosave(getPayload: () => Record<string, unknown>, restored: boolean) {
  const [status, setStatus] = useState<DraftStatus>({ kind: "idle", restored });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const inFlight = useRef(false);
  const again = useRef(false);
  const stopped = useRef(false);
  const retried = useRef(false);
  const getPayloadRef = useRef(getPayload);
  useEffect(() => {
    getPayloadRef.current = getPayload;
  });

  const save = useCallback(async function run(): Promise<void> {
    if (stopped.current) return;
    if (inFlight.current) {
      again.current = true;
      return;
    }
    inFlight.current = true;
    setStatus({ kind: "saving" });
    let ok = false;
    let reason: string | undefined;
    try {
      const result = await saveDraftAction({ payload: getPayloadRef.current() });
      ok = Boolean(result?.data);
      reason = firstValidationMessage(result?.validationErrors);
      if (result?.data && !stopped.current) setStatus({ kind: "saved", at: new Date(result.data.savedAt) });
    } catch {
      ok = false;
    } finally {
      inFlight.current = false;
    }
    if (stopped.current) return;
    if (!ok) {
      setStatus(reason ? { kind: "failed", reason } : { kind: "failed" });
      if (!retried.current) {
        retried.current = true;
        clearTimeout(timer.current);
        timer.current = setTimeout(() => void run(), RETRY_MS);
      }
      return;
    }
    retried.current = false;
    if (again.current) {
      again.current = false;
      await run();
    }
  }, []);

  /** Call on every change; the save happens once typing pauses. */
  const schedule = useCallback(() => {
    if (stopped.current) return;
    retried.current = false;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void save(), DEBOUNCE_MS);
  }, [save]);

  const pause = useCallback(() => {
    stopped.current = true;
    clearTimeout(timer.current);
  }, []);

  const resume = useCallback(() => {
    stopped.current = false;
    schedule();
  }, [schedule]);

  useEffect(() => () => clearTimeout(timer.current), []);

  return { status, schedule, pause, resume };
}
