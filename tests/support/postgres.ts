import { randomBytes } from "node:crypto";
import { Client } from "pg";

/**
 * A throwaway database on the local PostgreSQL server, so tests of the DATABASE_URL path run
 * against a real server without touching anyone's data. TEST_DATABASE_URL points at a database
 * the test user may connect to (default: the machine's `test` database).
 */
const adminUrl = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";

export async function createScratchDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `dingcast_test_${randomBytes(4).toString("hex")}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}
