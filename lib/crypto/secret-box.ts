import "server-only";
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

/**
 * Secrets at rest (the DingTalk app secret saved in Settings): AES-256-GCM with a fresh 96-bit
 * nonce per value. The purpose string is bound in as associated data, so a ciphertext copied from
 * one setting into another fails to open instead of silently decrypting.
 *
 * Format: `v1.<iv>.<tag>.<ciphertext>`, each part base64url. The version lets a later key
 * rotation or algorithm change recognise old values.
 */
const VERSION = "v1";
const ALGORITHM = "aes-256-gcm";
const IV_BYTES = 12;

export class SecretBoxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SecretBoxError";
  }
}

function requireKey(key: Buffer): void {
  if (key.length !== 32) throw new SecretBoxError("The encryption key must be 32 bytes.");
}

export function sealSecret(key: Buffer, plaintext: string, purpose: string): string {
  requireKey(key);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(ALGORITHM, key, iv);
  cipher.setAAD(Buffer.from(purpose, "utf8"));
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  const tag = cipher.getAuthTag();
  return [VERSION, iv.toString("base64url"), tag.toString("base64url"), ciphertext.toString("base64url")].join(".");
}

export function openSecret(key: Buffer, sealed: string, purpose: string): string {
  requireKey(key);
  const [version, iv, tag, ciphertext, ...rest] = sealed.split(".");
  if (version !== VERSION || !iv || !tag || ciphertext === undefined || rest.length > 0) {
    throw new SecretBoxError("The stored secret is not in a format this version understands.");
  }
  try {
    const decipher = createDecipheriv(ALGORITHM, key, Buffer.from(iv, "base64url"));
    decipher.setAAD(Buffer.from(purpose, "utf8"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    // Never echo the underlying error: it adds nothing and must not carry key material around.
    throw new SecretBoxError("The stored secret cannot be decrypted with this ENCRYPTION_KEY.");
  }
}
