import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { decodeEncryptionKey } from "./key";
import { openSecret, sealSecret, SecretBoxError } from "./secret-box";

const key = randomBytes(32);

describe("secret box", () => {
  it("round-trips and never contains the plaintext", () => {
    const sealed = sealSecret(key, "s3cr3t-app-secret-value", "dingtalk.appSecret");
    expect(sealed).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(sealed).not.toContain("s3cr3t");
    expect(openSecret(key, sealed, "dingtalk.appSecret")).toBe("s3cr3t-app-secret-value");
  });

  it("uses a fresh nonce each time", () => {
    expect(sealSecret(key, "same", "p")).not.toBe(sealSecret(key, "same", "p"));
  });

  it("refuses another key, another purpose, and tampering", () => {
    const sealed = sealSecret(key, "value", "dingtalk.appSecret");
    expect(() => openSecret(randomBytes(32), sealed, "dingtalk.appSecret")).toThrow(SecretBoxError);
    expect(() => openSecret(key, sealed, "dingtalk.appKey")).toThrow(SecretBoxError);
    const parts = sealed.split(".");
    const flipped = Buffer.from(parts[3] ?? "", "base64url");
    flipped[0] = (flipped[0] ?? 0) ^ 1;
    expect(() =>
      openSecret(key, [parts[0], parts[1], parts[2], flipped.toString("base64url")].join("."), "dingtalk.appSecret"),
    ).toThrow(SecretBoxError);
    expect(() => openSecret(key, "v2.a.b.c", "dingtalk.appSecret")).toThrow(/format/);
  });

  it("rejects keys that are not 32 bytes", () => {
    expect(() => sealSecret(randomBytes(16), "x", "p")).toThrow(/32 bytes/);
  });
});

describe("decodeEncryptionKey", () => {
  it("accepts hex and base64 of 32 bytes only", () => {
    const raw = randomBytes(32);
    expect(decodeEncryptionKey(raw.toString("hex"))?.equals(raw)).toBe(true);
    expect(decodeEncryptionKey(raw.toString("base64"))?.equals(raw)).toBe(true);
    expect(decodeEncryptionKey(raw.toString("base64url"))?.equals(raw)).toBe(true);
    expect(decodeEncryptionKey(randomBytes(16).toString("base64"))).toBeNull();
    expect(decodeEncryptionKey("not a key!")).toBeNull();
  });
});
