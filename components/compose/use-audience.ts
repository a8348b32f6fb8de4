"use client";

import { useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useState } from "react";
import type { MalformedId } from "@/lib/messages/audience.model";
import type { RecipientEncoding } from "@/lib/messages/recipient-file.model";
import { parseAudienceSource, ParseCancelled, type AudienceSource, type AudienceSummary } from "./audience-parse";
import { UndecodableFile } from "./audience-encoding";
import type { ParseRequest, ParseResponse } from "./audience-worker-protocol";
import type { AudienceText } from "./draft-payload";

export interface AudienceStats {
  count: number;
  duplicates: number;
  malformed: MalformedId[];
  malformedTotal: number;
  truncated: boolean;
  /** How the uploaded file was decoded; null for pasted text. */
  encoding: RecipientEncoding | null;
  /** Header cells of a CSV with a header row; `column` is the one read, null until one is chosen. */
  columns: string[] | null;
  column: number | null;
  needsColumn: boolean;
}

export type AudienceState =
  | { status: "empty" }
  /** `previous` keeps the last counts on screen while a changed paste is read again. */
  | { status: "parsing"; share: number; previous: AudienceStats | null }
  | { status: "ready"; stats: AudienceStats }
  | { status: "error"; message: string };

/** Which engine parsed the last list; exposed on the page for tests and support. */
export type ParserEngine = "worker" | "main-thread";

interface Pending {
  resolve: (result: AudienceSummary) => void;
  reject: (error: unknown) => void;
  onProgress: (share: number) => void;
  source: AudienceSource;
}

const PASTE_DEBOUNCE_MS = 250;

function previousStats(state: AudienceState): AudienceStats | null {
  if (state.status === "ready") return state.stats;
  return state.status === "parsing" ? state.previous : null;
}
const yieldToBrowser = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The userId list: parsed in a Web Worker (main-thread slices if workers are unavailable), kept in a
 * ref rather than in react-hook-form, since 100,000 ids would make every keystroke of the form slow.
 * Only the counts are React state. `onChange` fires when the list the draft should keep has changed.
 */
export function useAudience(seed: AudienceText, onChange: () => void) {
  const t = useTranslations("compose.audience");
  const idsRef = useRef<string[]>([]);
  const fileRef = useRef<File | null>(null);
  const pasteRef = useRef(seed.text);
  const [fileName, setFileName] = useState<string | null>(seed.fileName);
  // What the (uncontrolled) textarea starts from; a new version remounts it after clear or undo.
  const [paste, setPaste] = useState(() => ({ text: seed.fileName ? "" : seed.text, version: 0 }));
  const [state, setState] = useState<AudienceState>(() =>
    seed.text.trim() ? { status: "parsing", share: 0, previous: null } : { status: "empty" },
  );
  const [engine, setEngine] = useState<ParserEngine | null>(null);
  const requestRef = useRef(0);
  const workerRef = useRef<Worker | "unavailable" | null>(null);
  const pendingRef = useRef(new Map<number, Pending>());
  const debounceRef = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  });

  const onMainThread = useCallback((id: number, source: AudienceSource, onProgress: (share: number) => void) => {
    setEngine("main-thread");
    return parseAudienceSource(source, {
      onProgress,
      pause: yieldToBrowser,
      cancelled: () => id !== requestRef.current,
    });
  }, []);

  const getWorker = useCallback((): Worker | null => {
    if (workerRef.current === "unavailable") return null;
    if (workerRef.current) return workerRef.current;
    try {
      const worker = new Worker(new URL("./audience.worker.ts", import.meta.url), { type: "module" });
      worker.addEventListener("message", (event: MessageEvent<ParseResponse>) => {
        const message = event.data;
        const pending = pendingRef.current.get(message.id);
        if (!pending) return;
        if (message.type === "progress") return pending.onProgress(message.share);
        pendingRef.current.delete(message.id);
        if (message.type === "done") pending.resolve(message.result);
        else
          pending.reject(
            message.undecodable ? new UndecodableFile(message.undecodable.encoding) : new Error(message.message),
          );
      });
      // The worker script failed to load or crashed: finish what it had on the main thread.
      worker.addEventListener("error", () => {
        workerRef.current = "unavailable";
        worker.terminate();
        const stranded = [...pendingRef.current.entries()];
        pendingRef.current.clear();
        for (const [id, pending] of stranded)
          onMainThread(id, pending.source, pending.onProgress).then(pending.resolve, pending.reject);
      });
      workerRef.current = worker;
      return worker;
    } catch {
      workerRef.current = "unavailable";
      return null;
    }
  }, [onMainThread]);

  useEffect(
    () => () => {
      clearTimeout(debounceRef.current);
      if (workerRef.current instanceof Worker) workerRef.current.terminate();
      workerRef.current = null;
    },
    [],
  );

  /** The sentence for a failed read; an undecodable file names its encoding and how to fix it. */
  const readError = useCallback(
    (error: unknown): string => {
      if (!(error instanceof UndecodableFile)) return error instanceof Error ? error.message : String(error);
      return error.encoding ? t("undecodable", { encoding: error.encoding }) : t("unknownEncoding");
    },
    [t],
  );

  const parse = useCallback(
    (source: AudienceSource, notify: boolean) => {
      const id = ++requestRef.current;
      const onProgress = (share: number) => {
        if (id === requestRef.current)
          setState((current) => ({ status: "parsing", share, previous: previousStats(current) }));
      };
      const empty = source.kind === "text" ? source.text.trim() === "" : source.file.size === 0;
      const work: Promise<AudienceSummary> = empty
        ? Promise.resolve({
            userIds: [],
            duplicates: 0,
            malformed: [],
            malformedTotal: 0,
            truncated: false,
            encoding: null,
            columns: null,
            column: null,
            needsColumn: false,
          })
        : new Promise((resolve, reject) => {
            const worker = getWorker();
            if (!worker) return void onMainThread(id, source, onProgress).then(resolve, reject);
            setEngine("worker");
            pendingRef.current.set(id, { resolve, reject, onProgress, source });
            worker.postMessage({ id, source } satisfies ParseRequest);
          });
      work.then(
        (result) => {
          if (id !== requestRef.current) return;
          idsRef.current = result.userIds;
          const { userIds, ...counts } = result;
          setState(
            userIds.length === 0 && counts.malformedTotal === 0 && !counts.needsColumn
              ? { status: "empty" }
              : { status: "ready", stats: { ...counts, count: userIds.length } },
          );
          if (notify) onChangeRef.current();
        },
        (error: unknown) => {
          if (id !== requestRef.current || error instanceof ParseCancelled) return;
          idsRef.current = [];
          setState({ status: "error", message: readError(error) });
        },
      );
    },
    [getWorker, onMainThread, readError],
  );

  // A restored draft or a prefill: parse once on mount, without saving the draft again.
  const seedText = useRef(seed.text);
  useEffect(() => {
    if (seedText.current.trim()) parse({ kind: "text", text: seedText.current }, false);
  }, [parse]);

  /** The textarea changed: parse after a short pause in typing; the draft keeps the raw text. */
  const setPastedText = useCallback(
    (text: string) => {
      pasteRef.current = text;
      // Parsing from the first keystroke on: "Review" must not see the list as it was before the edit.
      setState((current) =>
        current.status === "parsing" ? current : { status: "parsing", share: 0, previous: previousStats(current) },
      );
      clearTimeout(debounceRef.current);
      debounceRef.current = setTimeout(() => parse({ kind: "text", text }, false), PASTE_DEBOUNCE_MS);
      onChangeRef.current();
    },
    [parse],
  );

  /** An uploaded file replaces the pasted list; the draft keeps its ids once they are read. */
  const setFile = useCallback(
    (file: File) => {
      clearTimeout(debounceRef.current);
      fileRef.current = file;
      setFileName(file.name);
      setState({ status: "parsing", share: 0, previous: null });
      parse({ kind: "file", file }, true);
    },
    [parse],
  );

  /** The admin picked the header column that holds the userIds: read the file again from it. */
  const setColumn = useCallback(
    (column: number) => {
      const file = fileRef.current;
      if (!file) return;
      setState({ status: "parsing", share: 0, previous: null });
      parse({ kind: "file", file, column }, true);
    },
    [parse],
  );

  const clear = useCallback(() => {
    clearTimeout(debounceRef.current);
    pasteRef.current = "";
    fileRef.current = null;
    setFileName(null);
    setPaste((current) => ({ text: "", version: current.version + 1 }));
    parse({ kind: "text", text: "" }, true);
  }, [parse]);

  /** For the draft: the pasted text, or the file's ids one per line. */
  const getText = useCallback(
    (): AudienceText =>
      fileName ? { text: idsRef.current.join("\n"), fileName } : { text: pasteRef.current, fileName: null },
    [fileName],
  );

  /** Replaces the whole list (undo of "Start over"). */
  const restore = useCallback(
    (audience: AudienceText) => {
      pasteRef.current = audience.fileName ? "" : audience.text;
      fileRef.current = null;
      setFileName(audience.fileName);
      setPaste((current) => ({ text: pasteRef.current, version: current.version + 1 }));
      parse({ kind: "text", text: audience.text }, true);
    },
    [parse],
  );

  const getUserIds = useCallback(() => idsRef.current, []);

  return { state, engine, fileName, paste, setPastedText, setFile, setColumn, clear, restore, getText, getUserIds };
}

export type AudienceController = ReturnType<typeof useAudience>;
