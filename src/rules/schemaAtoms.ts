/**
 * The valibot atoms every import format checks records with (backup files, practice-run files),
 * defined once so the two formats cannot drift. Pure; loaded only with the import code.
 */
import * as v from 'valibot';

/** A record id: the app writes random UUIDs. */
export const Id = v.pipe(v.string(), v.nonEmpty(), v.maxLength(100));
/** Epoch ms. JSON can carry 1e999 (Infinity), hence finite. */
export const Time = v.pipe(v.number(), v.finite(), v.minValue(0));
/** A guide state id as stored in an answer log. */
export const StateId = v.pipe(v.string(), v.maxLength(100));
