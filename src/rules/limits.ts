/** Limits several layers enforce alike, defined once (pure). */

/** The longest note, in characters: the notes panel's field and the backup format's check. */
export const MAX_NOTE_CHARS = 20_000;

/**
 * The longest short text (a terminal's name, model, hotline…), in characters: the terminals
 * form, the hotline field of a call step, what a stored record may hold and the backup format.
 */
export const MAX_SHORT_TEXT_CHARS = 200;
