/**
 * What an expression is evaluated against. The root is what the client binds a card to:
 * `{data: {cardData, cardPrivateData, localData, renderContext, cardInstanceId}, width: "360np",
 * env}`; list views push their item (@subdata) and the enclosing item (@parentSubdata).
 */

export interface EvalContext {
  root: unknown;
  dark: boolean;
  /** DingTalk's locale key, e.g. zh_CN or en_US (for @dti18NAdapter). */
  locale: string;
  /** Milliseconds since the epoch (for @dtServerTimeStamp); fixed per render. */
  now: number;
  /** The client version the preview stands for (for @dtVersionEqualOrNewerThan). */
  clientVersion: string;
  isKnownView(name: string): boolean;
  /** Called for each call of a function the interpreter does not know (it evaluates to null). */
  onUnknownFunction(name: string): void;
  /** Called for a value that did not parse (it evaluates to null). */
  onSyntaxError(raw: string): void;
  /** Called for a design token with neither a fallback nor an entry in the token table. */
  onMissingToken(name: string): void;
}

export interface ListFrame {
  item: unknown;
  index: number;
}

export interface Scope {
  ctx: EvalContext;
  /** Enclosing list items, innermost last. */
  frames: readonly ListFrame[];
  /** Answers of earlier event chain steps (for @dtGetEventChainData), by step dataKey. */
  chainData?: Readonly<Record<string, unknown>>;
}
