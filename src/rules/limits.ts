/** Limits several layers enforce alike, defined once (pure). */

/** The longest note, in characters: the notes panel's field and the backup format's check. */
export const MAX_NOTE_CHARS = 20_000;

/**
 * The longest short text (a terminal's name, model, hotline…), in characters: the terminals
 * form, the hotline field of a call step, what a stored record may hold and the backup format.
 */
export const MAX_SHORT_TEXT_CHARS = 200;

/**
 * A provider's own copy (provider.json, checked at build time by scripts/provider-plugin.ts):
 * its texts in characters, its hotlines, its size. The name and a hotline pre-fill a terminal's
 * fields, so they stay within MAX_SHORT_TEXT_CHARS; the welcome is one line on the home screen.
 */
export const PROVIDER_LIMITS = {
  nameChars: 60,
  labelChars: 40,
  welcomeChars: 120,
  /** The longest hotline as written: "+86 (0755) 1234-5678 转 123456" and room to spare. */
  numberChars: 40,
  hotlines: 5,
  fileBytes: 16 * 1024,
} as const;
