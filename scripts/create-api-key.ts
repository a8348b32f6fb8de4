// `npm run create-api-key -- --name NAME --scopes send,read`: provisions an API key in the
// configured database and prints it on stdout, and nothing else, so a script can capture it.
// Errors go to stderr. With the embedded database, stop the server first: PGlite is one process.
import { createKeyFromCli, parseCreateKeyArgs } from "@/lib/api/cli";
import { env } from "@/lib/env";

async function main(): Promise<void> {
  const parsed = parseCreateKeyArgs(process.argv.slice(2));
  if (!parsed.ok) {
    console.error(parsed.error);
    process.exit(2);
  }
  const key = await createKeyFromCli(parsed.input, { url: env.DATABASE_URL, dataDir: env.DATA_DIR });
  process.stdout.write(`${key}\n`);
}

main().catch((error: unknown) => {
  console.error(`create-api-key failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
