import { UndecodableFile } from "./audience-encoding";
import { parseAudienceSource } from "./audience-parse";
import type { ParseRequest, ParseResponse } from "./audience-worker-protocol";

// The project compiles with the DOM lib only; this is the slice of the worker scope used here.
const scope = globalThis as unknown as {
  postMessage(message: ParseResponse): void;
  addEventListener(type: "message", listener: (event: MessageEvent<ParseRequest>) => void): void;
};

// Requests run one after another; the page ignores answers to requests it has superseded.
let queue: Promise<void> = Promise.resolve();

scope.addEventListener("message", (event) => {
  const { id, source } = event.data;
  queue = queue.then(async () => {
    try {
      let lastReport = 0;
      const result = await parseAudienceSource(source, {
        onProgress: (share) => {
          // A few progress messages are enough for the bar; thousands would flood the page.
          if (share - lastReport >= 0.05 || share === 1) {
            lastReport = share;
            scope.postMessage({ id, type: "progress", share });
          }
        },
      });
      scope.postMessage({ id, type: "done", result });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const undecodable = error instanceof UndecodableFile ? { encoding: error.encoding } : undefined;
      scope.postMessage({ id, type: "error", message, undecodable });
    }
  });
});
