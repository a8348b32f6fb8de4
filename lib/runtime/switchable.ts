/**
 * A stable stand-in for an object that may be replaced at run time. Everyone who captured the
 * DingTalk client (job context, services) keeps the same reference, and every property read goes
 * to whichever client is current, so saving credentials in Settings takes effect without a restart.
 */
export interface Switchable<T extends object> {
  readonly proxy: T;
  current(): T;
  switchTo(next: T): void;
}

export function createSwitchable<T extends object>(initial: T): Switchable<T> {
  let current = initial;
  const proxy = new Proxy(initial, {
    get(_target, property) {
      const value: unknown = Reflect.get(current, property, current);
      // Methods run against the current object, so private fields and `this` resolve there.
      return typeof value === "function" ? value.bind(current) : value;
    },
    has: (_target, property) => Reflect.has(current, property),
    getPrototypeOf: () => Reflect.getPrototypeOf(current),
    set: () => false,
  });
  return {
    proxy,
    current: () => current,
    switchTo(next) {
      current = next;
    },
  };
}
