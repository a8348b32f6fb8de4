import {
  evaluated,
  followingSteps,
  promptAnswer,
  promptOf,
  type ChainData,
  type ChainEvaluate,
  type PromptStep,
} from "./event-chain.model";
import { Action, isMap, newMap, toStr, type WidgetMap } from "./values.model";

/**
 * What a tap in the preview does. Local updates (`@dtSendOutData` with `localData`: tabs, collapse
 * panels, ticked boxes) are applied, as the client applies them without a server; everything that
 * would leave the phone (a callback to the card's server, a link, a JSAPI call) is described
 * instead, with what it would send or open. Nothing is sent from the preview.
 */
export type ActionNote =
  | { kind: "local"; keys: string[] }
  | { kind: "send"; payload: unknown }
  | { kind: "open"; url: string }
  | { kind: "confirm"; title: string; message: string; then: ActionNote[] }
  | { kind: "toast"; text: string }
  | { kind: "image"; url: string }
  | { kind: "copy"; text: string }
  | { kind: "stat"; payload: unknown }
  | { kind: "handler"; id: string }
  | { kind: "then"; notes: ActionNote[] }
  /** One of two handlers, chosen by the card's data once the callback has answered. */
  | { kind: "either"; first: ActionNote[]; second: ActionNote[] }
  /** The card asks for text (a prompt); answerPrompt carries the chain on with the answer. */
  | ({ kind: "prompt"; handler: string; step: string } & PromptStep)
  | { kind: "other"; name: string; payload: unknown };

export interface TapResult {
  /** The new local data, or null when the tap changed none. */
  localData: WidgetMap | null;
  notes: ActionNote[];
  /** Notes of the DDEventView handlers that run when the card's server answers the request. */
  after: ActionNote[];
}

function pickText(value: unknown, locale: string): string {
  if (!isMap(value)) return toStr(value);
  for (const key of [locale, "zh_CN", "en_US"]) if (Object.hasOwn(value, key)) return toStr(value[key]);
  return toStr(Object.values(value)[0]);
}

const MAX_CHAIN = 20;
/** Where a tap finds what it needs beyond the actions: DDEventView handlers, event chains, the data. */
export interface TapContext {
  events: ReadonlyMap<string, readonly Action[]>;
  chains?: Readonly<Record<string, unknown>>;
  /** Evaluates an expression of an event chain's parameters against the card's data (and answers). */
  evaluate?: ChainEvaluate;
  locale?: string;
}

function runner(localData: Readonly<Record<string, unknown>>, context: TapContext) {
  const { events, chains = {}, evaluate = () => null, locale = "zh_CN" } = context;
  let local: WidgetMap | null = null;
  const after: ActionNote[] = [];
  /** A map's `localData` applied over the local data so far, noted with the keys it sets. */
  const updateLocal = (map: WidgetMap, notes: ActionNote[]) => {
    if (!isMap(map.localData)) return;
    local = newMap(local ?? localData);
    for (const [key, value] of Object.entries(map.localData)) local[key] = value;
    notes.push({ kind: "local", keys: Object.keys(map.localData) });
  };
  const run = (list: readonly Action[], depth: number, afterAnswer = false): ActionNote[] => {
    if (depth > MAX_CHAIN) return [];
    const notes: ActionNote[] = [];
    for (const action of list) {
      const [head] = action.args;
      switch (action.name) {
        case "dtSendOutData": {
          const map = isMap(head) ? head : newMap();
          updateLocal(map, notes);
          const rest = newMap(map);
          delete rest.localData;
          if (Object.keys(rest).length > 0) notes.push({ kind: "send", payload: rest });
          const requestEvent = toStr(rest.requestEventId);
          if (requestEvent && events.has(requestEvent))
            after.push(...run(events.get(requestEvent) ?? [], depth + 1, true));
          break;
        }
        case "dtUpdateLocalData": {
          // An event chain's local update (e.g. the text typed into a prompt, named by the chain).
          updateLocal(isMap(head) ? head : newMap(), notes);
          break;
        }
        case "dtOpenLink":
          notes.push({ kind: "open", url: toStr(head) });
          break;
        case "dtConfirm": {
          const map = isMap(head) ? head : newMap();
          const next = toStr(map.confirmAction);
          const then = next ? run([new Action(next, [map.confirmData])], depth + 1) : [];
          notes.push({
            kind: "confirm",
            title: pickText(map.title, locale),
            message: pickText(map.message, locale),
            then,
          });
          break;
        }
        case "dtConditionalHandler": {
          const [chosen, first, second] = action.args;
          const branch = (value: unknown) => (value instanceof Action ? run([value], depth + 1, afterAnswer) : []);
          if (afterAnswer) notes.push({ kind: "either", first: branch(first), second: branch(second) });
          else notes.push(...branch(chosen === true ? first : second));
          break;
        }
        case "dtToast":
          notes.push({ kind: "toast", text: toStr(head) });
          break;
        case "dtPreviewImage":
          notes.push({ kind: "image", url: toStr(head) });
          break;
        case "dtCopyRichText":
        case "dtCopy":
          notes.push({ kind: "copy", text: toStr(head) });
          break;
        case "dtUtStat":
          notes.push({ kind: "stat", payload: head ?? null });
          break;
        case "dxEventHandler": {
          const id = toStr(head);
          const chain = Object.hasOwn(chains, id) ? chains[id] : undefined;
          if (isMap(chain) && isMap(chain.main)) notes.push(...runChain(chain, id, "main", new Set(), depth + 1));
          else notes.push({ kind: "handler", id });
          break;
        }
        default:
          notes.push({
            kind: "other",
            name: action.name,
            payload: action.args.length > 1 ? action.args : (head ?? null),
          });
      }
    }
    return notes;
  };
  /** One step of an event chain as an action, then the steps it leads to (all of them without answers). */
  const runChain = (
    chain: WidgetMap,
    handler: string,
    name: string,
    seen: Set<string>,
    depth: number,
    chainData?: ChainData,
  ): ActionNote[] => {
    const step = chain[name];
    if (!isMap(step) || seen.has(name) || depth > MAX_CHAIN) return [];
    seen.add(name);
    const type = toStr(step.type);
    const params = evaluated(step.params, evaluate, chainData);
    const prompt = promptOf(type, params);
    const notes: ActionNote[] = [];
    if (prompt) notes.push({ kind: "prompt", handler, step: name, ...prompt });
    // The builder starts chains with an empty dtOpenLink, which opens nothing.
    else if (!(type === "dtOpenLink" && toStr(isMap(params) ? params.url : params) === "")) {
      const args = type === "dtOpenLink" ? [isMap(params) ? params.url : params] : [params];
      notes.push(...run([new Action(type, args)], depth + 1));
    }
    // A prompt's followers wait for its answer (answerPrompt); only its `next` runs now.
    const following = prompt
      ? followingSteps({ next: step.next }, evaluate, chainData)
      : followingSteps(step, evaluate, chainData);
    const then = following.flatMap((other) => runChain(chain, handler, other, seen, depth + 1, chainData));
    if (then.length > 0) notes.push({ kind: "then", notes: then });
    return notes;
  };
  const finish = (notes: ActionNote[]): TapResult => ({ localData: local, notes, after });
  return { run, runChain, finish, chains, evaluate };
}

export function runTap(
  actions: readonly Action[],
  localData: Readonly<Record<string, unknown>>,
  context: TapContext,
): TapResult {
  const tap = runner(localData, context);
  return tap.finish(tap.run(actions, 0));
}

export interface PromptReply {
  handler: string;
  step: string;
  value: string;
  buttonIndex: number;
}

/** Carries an event chain on from a prompt's answer: the steps its callback chooses for that answer. */
export function answerPrompt(
  reply: PromptReply,
  localData: Readonly<Record<string, unknown>>,
  context: TapContext,
): TapResult {
  const tap = runner(localData, context);
  const chain = Object.hasOwn(tap.chains, reply.handler) ? tap.chains[reply.handler] : undefined;
  const step = isMap(chain) ? chain[reply.step] : undefined;
  if (!isMap(chain) || !isMap(step)) return tap.finish([]);
  const chainData = promptAnswer(step, reply.step, reply.value, reply.buttonIndex);
  const seen = new Set([reply.step]);
  const notes = followingSteps({ callback: step.callback }, tap.evaluate, chainData).flatMap((name) =>
    tap.runChain(chain, reply.handler, name, seen, 1, chainData),
  );
  return tap.finish(notes);
}
