// `npm run worker`: a process that only works background jobs (fan-out, schedules, read polling),
// for scaling out on PostgreSQL. With the embedded database the web server already does this.
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { getRuntime } from "@/lib/runtime/runtime";

async function main(): Promise<void> {
  if (!env.DATABASE_URL) {
    console.error("npm run worker needs DATABASE_URL: with the embedded database the web server is also the worker.");
    process.exit(1);
  }
  await getRuntime({ runWorkers: true });
  logger.info("worker started; press Ctrl+C to stop");
}

main().catch((error: unknown) => {
  console.error(`Dingcast worker cannot start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
