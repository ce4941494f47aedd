/**
 * Guards for JSON from outside the app (backup files, practice-run files): size before parsing,
 * and a JSON.parse reviver that aborts on prototype-polluting keys and script text. Pure.
 */
/**
 * Names that reach Object.prototype when used as a key, or look something up on it when used as
 * one ("constructor", "toString", "__proto__", …): refused as keys and as values.
 */
export const HOSTILE_NAMES: ReadonlySet<string> = new Set([
  '__proto__',
  'prototype',
  ...Object.getOwnPropertyNames(Object.prototype),
]);
/** Script text. Tabs and line breaks are allowed inside, as the URL parser strips them. */
const SCRIPT_TEXT = new RegExp(
  `<[\\t\\n\\r ]*script|${[...'javascript'].join('[\\t\\n\\r]*')}[\\t\\n\\r ]*:`,
  'i',
);

/** Thrown by `refuseHostile`. */
export class HostileInput extends Error {}

/**
 * Called by JSON.parse on every key, innermost first. Throwing aborts the parse, so a hostile
 * key never reaches any object of ours (JSON.parse itself only defines own properties).
 */
export function refuseHostile(key: string, value: unknown): unknown {
  if (HOSTILE_NAMES.has(key) || SCRIPT_TEXT.test(key)) throw new HostileInput();
  // As values too: a log event or state id "__proto__" looks up Object.prototype on screen.
  if (typeof value === 'string' && (HOSTILE_NAMES.has(value) || SCRIPT_TEXT.test(value))) {
    throw new HostileInput();
  }
  return value;
}

/** UTF-8 size without allocating a copy of a file that may be 100 MB. */
function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4; // a surrogate pair: one 4-byte character
      i++;
    } else bytes += 3;
  }
  return bytes;
}

export function tooLarge(text: string, maxBytes: number): boolean {
  // Every UTF-16 unit is at least one byte and at most three: count only when it matters.
  if (text.length > maxBytes) return true;
  if (text.length * 3 <= maxBytes) return false;
  return utf8Bytes(text) > maxBytes;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
