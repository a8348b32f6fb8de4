import { afterAll, beforeAll } from "vitest";
import type { DatabaseHandle } from "@/lib/db/client";
import { engines, type OpenEngine } from "./engines";

type Engine = (typeof engines)[number];

/**
 * Opens `engine` before the first test of the calling describe block (a `describe.each(engines)`)
 * and cleans it up after the last. The function it returns gives the open database inside a test.
 */
export function engineForSuite(engine: Engine): () => DatabaseHandle {
  let open: OpenEngine | undefined;
  beforeAll(async () => {
    open = await engine.open();
  });
  afterAll(() => open?.cleanup());
  return () => {
    if (!open) throw new Error("the engine opens in beforeAll: ask for it inside a test");
    return open.handle;
  };
}

/** Runs `body` on a database of its own (the first engine, freshly migrated), cleaned up pass or fail. */
export async function withFreshEngine<T>(body: (handle: DatabaseHandle) => Promise<T>): Promise<T> {
  const engine = engines[0];
  if (!engine) throw new Error("no engine");
  const { handle, cleanup } = await engine.open();
  try {
    return await body(handle);
  } finally {
    await cleanup();
  }
}
