/** Limits several layers enforce alike, defined once (pure). */

/** The longest note, in characters: the notes panel's field and the backup format's check. */
export const MAX_NOTE_CHARS = 20_000;
