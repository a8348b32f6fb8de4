import { sql, type SQL } from "drizzle-orm";

/**
 * `(select …)` over a list of strings passed as ONE JSON parameter. drizzle would otherwise spread
 * an array into one bind parameter per element, and PostgreSQL stops at 65,535 of them.
 */
export function textList(values: readonly string[]): SQL {
  return sql`(select jsonb_array_elements_text(${JSON.stringify(values)}::jsonb))`;
}
