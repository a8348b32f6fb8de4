import type * as z from "zod/mini";
import type { Problem } from "./problem";

/**
 * A failed answer of a Dingcast JSON route. `problem` is the route's problem+json body; when the
 * body was not one (a proxy's HTML error page, a cut connection), it is built from the status so
 * the caller still has a `detail` to show.
 */
export class ProblemError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail);
    this.name = "ProblemError";
  }
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

/**
 * GETs (or sends) `url` and parses the answer with `schema`: the browser never trusts a cast. A
 * non-2xx answer throws ProblemError; a 2xx answer of the wrong shape throws too, naming the first
 * field that did not match, so a deploy that changed a route's shape fails loudly, not as `undefined`.
 *
 * `schema` may be given as a loader (`() => import("…").then((m) => m.someSchema)`): the live parts
 * of a page fetch only after it is interactive, so zod need not be in its first-load JavaScript.
 */
export async function fetchJson<Schema extends z.ZodMiniType>(
  url: string,
  schema: Schema | (() => Promise<Schema>),
  init?: RequestInit,
): Promise<z.output<Schema>> {
  const response = await fetch(url, { ...init, headers: { accept: "application/json", ...init?.headers } });
  const body = await readJson(response);
  if (!response.ok) {
    const { problemSchema } = await import("./problem");
    const problem = problemSchema.safeParse(body);
    throw new ProblemError(
      problem.success
        ? problem.data
        : {
            type: "about:blank",
            title: response.statusText || "Error",
            status: response.status,
            detail: `HTTP ${response.status}`,
          },
    );
  }
  const parsed = (typeof schema === "function" ? await schema() : schema).safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(
      `Unexpected answer from ${url}: ${issue ? `${issue.path.join(".") || "(root)"} ${issue.message}` : ""}`,
    );
  }
  return parsed.data;
}
