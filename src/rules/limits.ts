/** Limits several layers enforce alike, defined once (pure). */

/** The longest note, in characters: the notes panel's field and the backup format's check. */
export const MAX_NOTE_CHARS = 20_000;

/**
 * A provider's own copy (provider.json, checked at build time by scripts/provider-plugin.ts):
 * its texts in characters, its hotlines, its size. The name and a hotline pre-fill a terminal's
 * fields, so they stay within a terminal field's 200 characters (storage/recordRules.ts);
 * the welcome is one line on the home screen.
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
