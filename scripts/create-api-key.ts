// `npm run create-api-key -- --name NAME --scopes send,read`: provisions an API key in the
// configured database and prints it on stdout, and nothing else, so a script can capture it.
// Errors go to stderr. With the embedded database, stop the server first: PGlite is one process.
import { createKeyFromCli, parseCreateKeyArgs } from "@/lib/api-keys/cli";
// use-intl/core is the translator next-intl re-exports, without React: next-intl's own entry loads
// React client code, which this script (run with the react-server condition, for server-only) cannot.
import { createTranslator } from "use-intl/core";
import { UserFacingError } from "@/lib/core/errors";
import { env } from "@/lib/env";
import { translateIssue } from "@/lib/message-types/validation-messages";
import en from "@/i18n/messages/en.json";

/** English, in the words the automation API uses for the same refusals (lib/api/english.ts). */
const t = createTranslator({ locale: "en", messages: en });

/** The command line's name for a field of the key's input. */
const OPTIONS: Record<string, string> = { name: "--name", scopes: "--scopes", expiresAt: "--expires" };

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
  // A refusal carries a validation key (validation.futureTime), as the Settings form gets it; the
  // command line speaks English in the API's words (lib/api/english.ts).
  if (error instanceof UserFacingError) {
    const option = error.field ? (OPTIONS[error.field] ?? error.field) : null;
    const sentence = error.message.startsWith("validation.") ? translateIssue(error.message, t) : error.message;
    console.error(`create-api-key: ${option ? `${option}: ` : ""}${sentence}`);
    process.exit(2);
  }
  console.error(`create-api-key failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
