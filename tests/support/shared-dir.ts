import { existsSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");

/**
 * The brief's shared folder: DingTalk's seed pages (`seeds/`) and the card builder's exports
 * (`card-templates/`). `DINGCAST_SHARED_DIR` names one; otherwise it is `../shared` beside the
 * checkout when there is one, so new pages and exports dropped there are what the tests read. A
 * clone anywhere else reads the copy in tests/fixtures/shared, taken from it.
 */
export function sharedDir(): string {
  const named = process.env.DINGCAST_SHARED_DIR;
  if (named) return path.resolve(named);
  const beside = path.resolve(root, "../shared");
  return existsSync(path.join(beside, "seeds")) ? beside : path.join(root, "tests/fixtures/shared");
}
