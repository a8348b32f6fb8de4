import * as z from "zod/mini";
import { findUnsafeCharacter, unsafeCharacterMessage, type UnsafeCharacter } from "./text";

/**
 * The shared text check as a zod/mini check: `z.string().check(plainText(), …)`. Its issue names the
 * character and its position ("This text contains an invisible control character (U+0000) at
 * position 7; remove it."), translated like every validation key. A form whose messages live in
 * another namespace (the account forms) passes its own message.
 */
export function plainText(
  message: (found: UnsafeCharacter) => string = unsafeCharacterMessage,
): z.core.$ZodCheck<string> {
  return z.check<string>((payload) => {
    const found = findUnsafeCharacter(payload.value);
    if (found) payload.issues.push({ code: "custom", input: payload.value, message: message(found), continue: false });
  });
}
