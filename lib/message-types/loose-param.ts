/**
 * Tolerant reading of msgParam for the preview and list summaries: they run on half-typed forms and
 * on stored messages, so they accept anything and never throw.
 */

/** Field name -> string value. Null-prototype, so a `__proto__` key from JSON stays a plain key. */
export type LooseParam = Readonly<Record<string, string>>;

function fromObject(value: object): LooseParam {
  const out: Record<string, string> = Object.create(null);
  for (const [name, field] of Object.entries(value)) {
    if (typeof field === "string") out[name] = field;
    // DingTalk wants strings, but a number typed by an API caller still means something to show.
    else if (typeof field === "number" && Number.isFinite(field)) out[name] = String(field);
  }
  return out;
}

/** Accepts a msgParam object, or the JSON string form stored and sent to DingTalk. */
export function readLooseParam(msgParam: unknown): LooseParam {
  let value = msgParam;
  if (typeof value === "string") {
    try {
      value = JSON.parse(value);
    } catch {
      return Object.create(null);
    }
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return Object.create(null);
  return fromObject(value);
}

/** The trimmed value of a field, "" when absent. */
export function field(param: LooseParam, name: string): string {
  return (param[name] ?? "").trim();
}
