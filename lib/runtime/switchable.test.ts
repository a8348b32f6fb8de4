import { describe, expect, it } from "vitest";
import { createSwitchable } from "./switchable";

class Client {
  #secret: string;
  constructor(
    readonly name: string,
    secret: string,
  ) {
    this.#secret = secret;
  }
  reveal(): string {
    return `${this.name}:${this.#secret}`;
  }
}

describe("createSwitchable", () => {
  it("forwards reads and method calls to the current object, keeping instanceof", () => {
    const switchable = createSwitchable(new Client("a", "1"));
    const captured = switchable.proxy;
    expect(captured.reveal()).toBe("a:1");
    switchable.switchTo(new Client("b", "2"));
    expect(captured.name).toBe("b");
    expect(captured.reveal()).toBe("b:2");
    expect(captured).toBeInstanceOf(Client);
  });
});
