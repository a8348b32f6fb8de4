/**
 * The one check every text from outside passes (forms, server actions, the automation API, card
 * exports): no C0/C1 control character other than tab, line feed and carriage return, and no lone
 * UTF-16 surrogate. PostgreSQL refuses U+0000 in text and jsonb, and a lone surrogate cannot be
 * written as UTF-8, so either would otherwise surface as a 500 far from the field that held it.
 * Browser-safe and zod-free: zod schemas wrap it with `plainTextCheck` (./text.schema.ts).
 */

export interface UnsafeCharacter {
  /** `U+0000` style, upper-case hex, at least four digits. */
  code: string;
  /** 1-based position in the text, counted in characters as an editor shows them. */
  position: number;
}

function isControl(unit: number): boolean {
  if (unit === 0x09 || unit === 0x0a || unit === 0x0d) return false;
  return unit <= 0x1f || (unit >= 0x7f && unit <= 0x9f);
}

const hex = (unit: number) => `U+${unit.toString(16).toUpperCase().padStart(4, "0")}`;

/** The first character Dingcast refuses in `text`, or null when the text is acceptable. */
export function findUnsafeCharacter(text: string): UnsafeCharacter | null {
  let position = 0;
  for (let index = 0; index < text.length; index++) {
    position++;
    const unit = text.charCodeAt(index);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        index++;
        continue;
      }
      return { code: hex(unit), position };
    }
    if ((unit >= 0xdc00 && unit <= 0xdfff) || isControl(unit)) return { code: hex(unit), position };
  }
  return null;
}

/** The validation message (key|params, see lib/message-types/validation-messages.ts) for such a character. */
export function unsafeCharacterMessage(found: UnsafeCharacter): string {
  return `validation.controlCharacter|${JSON.stringify(found)}`;
}

export interface UnsafeTextAt extends UnsafeCharacter {
  path: (string | number)[];
}

/**
 * The first string (as a value or as an object key) anywhere in a parsed JSON value that holds an
 * unsafe character, with its path: the automation API and the draft store check whole bodies with it,
 * so no text reaches the database or a log unchecked, whatever the endpoint's schema forgot.
 */
export function findUnsafeText(value: unknown, path: (string | number)[] = [], depth = 0): UnsafeTextAt | null {
  if (typeof value === "string") {
    const found = findUnsafeCharacter(value);
    return found ? { ...found, path } : null;
  }
  if (depth > 64 || typeof value !== "object" || value === null) return null;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      const found = findUnsafeText(value[index], [...path, index], depth + 1);
      if (found) return found;
    }
    return null;
  }
  for (const [key, inner] of Object.entries(value)) {
    const inKey = findUnsafeCharacter(key);
    if (inKey) return { ...inKey, path: [...path, key] };
    const found = findUnsafeText(inner, [...path, key], depth + 1);
    if (found) return found;
  }
  return null;
}

/** An empty object without a prototype: input keys ("__proto__", "constructor") stay plain keys. */
export function nullRecord<V>(): Record<string, V> {
  return Object.create(null) as Record<string, V>;
}
