import "server-only";
import type { Database } from "@/lib/db/client";
import type { ApiCallRecord } from "@/lib/dingtalk/http";
import { apiCalls } from "@/lib/db/schema";
import type { Logger } from "@/lib/logger";

/** One HTTP attempt to DingTalk, exactly as the client reports it. */
export type LedgerEntry = ApiCallRecord;

/**
 * Writes API-call records in small batches: at 200 calls a second one insert per call would
 * compete with the fan-out's own writes. A crash can lose at most one flush interval of
 * ledger rows (the quota meter then under-counts by that much); sends themselves are unaffected.
 */
export class BufferedLedger {
  private buffer: LedgerEntry[] = [];
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly db: Database,
    private readonly logger: Logger,
    private readonly options: { flushIntervalMs?: number; maxBatch?: number } = {},
  ) {}

  record(entry: LedgerEntry): void {
    this.buffer.push(entry);
    if (this.buffer.length >= (this.options.maxBatch ?? 200)) {
      void this.flush();
    } else if (!this.timer) {
      this.timer = setTimeout(() => void this.flush(), this.options.flushIntervalMs ?? 500);
      this.timer.unref();
    }
  }

  flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    const batch = this.buffer;
    this.buffer = [];
    if (batch.length === 0) return this.flushing;
    this.flushing = this.flushing.then(async () => {
      try {
        await this.db.insert(apiCalls).values(batch);
      } catch (error) {
        this.logger.warn({ err: error, lost: batch.length }, "could not write API-call ledger rows");
      }
    });
    return this.flushing;
  }
}
