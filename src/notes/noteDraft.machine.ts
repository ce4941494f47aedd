/**
 * The note being written in the notes panel, as a machine (pure: no React, no storage). What is
 * typed is a draft: guarded (card numbers masked, in the editor too) and written ~500 ms after
 * the last keystroke, or at once on `flush` (the field loses focus, the page is hidden, the panel
 * goes away, an update is about to reload); an editor emptied of text and photo deletes the
 * stored draft. `save` makes it a note: refused while it holds PIN-like text (kept as a draft,
 * flagged), else written and awaited — "saved" only once the write settled, then the editor is
 * empty and a new note begins.
 *
 * The writes are the panel's: `writeDraft` / `deleteDraft` (input) and the `saveNote` actor
 * (given with `provide`), all the note store's (storage/stores.ts); `focusEditor` puts the cursor
 * back in the text after a refusal.
 *
 *   loading ──draft read──▶ editing.clean ◀──after delay / flush──▶ editing.dirty (typed, not written)
 *                          │  ▲
 *                        save │ done (saved, or saveFailed: the editor keeps the note)
 *                          ▼  │
 *                         saving
 */
import { assign, enqueueActions, fromPromise, setup } from 'xstate';
import { findPinLike, guardText, MASK_PREFIX } from '../rules/cardGuard';
import type { NoteRecord } from '../storage/records';
import type { SaveResult } from '../storage/writeQueue';

export const DRAFT_DELAY_MS = 500;

/** A masked card number as the guard writes it ("•••• 1234"). */
const MASKED = new RegExp(`${MASK_PREFIX}\\d{4}`, 'g');

/** The card numbers the guard hid in a text. */
export function maskedIn(text: string): string[] {
  return text.match(MASKED) ?? [];
}

/** What the status line says. */
export type DraftStatus =
  'idle' | 'saved' | 'saveFailed' | 'pinBlocked' | 'photoBusy' | 'photoFailed';

export interface DraftInput {
  incidentId: string;
  /** The step the note is written at; '' after the incident. */
  stepId: string;
  newId: () => string;
  now: () => number;
  /** Writes the draft (never rejects: the note store queues and retries it). */
  writeDraft: (note: NoteRecord) => void;
  /** Deletes the stored draft (queued like a write: it cannot come back). */
  deleteDraft: (id: string) => void;
  /** Puts the cursor back in the editor. */
  focusEditor: () => void;
  delayMs?: number;
}

export interface DraftContext extends Required<DraftInput> {
  /** The note being written. */
  id: string;
  /** When it was first written (0: not yet). */
  createdAt: number;
  /** A draft of it is stored (so emptying the editor must delete it). */
  stored: boolean;
  text: string;
  photo: Blob | undefined;
  status: DraftStatus;
  /** A draft with something in it was waiting when the panel opened. */
  restored: boolean;
  /** The text of the note being saved (typing may go on meanwhile). */
  saving: string;
  /** What the guard hid in the note just saved (the editor is empty by then). */
  savedHidden: readonly string[];
}

export type DraftEvent =
  | { type: 'type'; text: string }
  /** Write what is typed now (blur, page hidden, panel gone, update about to reload). */
  | { type: 'flush' }
  | { type: 'photo.start' }
  | { type: 'photo.done'; photo: Blob }
  | { type: 'photo.failed' }
  | { type: 'photo.remove' }
  | { type: 'save' }
  /** A saved note was deleted: what the status said about it no longer holds. */
  | { type: 'noteDeleted' }
  /** A change to a saved note (its delete, its photo's) was not written. */
  | { type: 'changeFailed' };

/** The note the editor holds, as a record (guarded text; `draft` unless it is being saved). */
function recordOf(c: DraftContext, text: string, now: number, draft: boolean): NoteRecord {
  return {
    id: c.id,
    incidentId: c.incidentId,
    stepId: c.stepId,
    createdAt: c.createdAt || now,
    updatedAt: now,
    text,
    ...(c.photo ? { photo: c.photo } : {}),
    ...(draft ? { draft: true } : {}),
  };
}

const isEmpty = (text: string, photo: Blob | undefined) => text.trim() === '' && !photo;

/** A fresh, empty note. */
const freshNote = (c: DraftContext) => ({
  id: c.newId(),
  createdAt: 0,
  stored: false,
  text: '',
  photo: undefined,
});

export const noteDraftMachine = setup({
  types: {
    context: {} as DraftContext,
    events: {} as DraftEvent,
    input: {} as DraftInput,
  },
  actions: {
    focusEditor: ({ context }) => context.focusEditor(),
    /**
     * Guard, then write the draft now, or delete it when the editor is empty. The editor shows
     * the guarded text (a card number is masked in it too).
     */
    persist: enqueueActions(({ context: c, enqueue }) => {
      const text = guardText(c.text).text;
      if (isEmpty(text, c.photo)) {
        enqueue.assign({ text });
        if (c.stored) {
          enqueue.assign({ stored: false });
          enqueue(() => c.deleteDraft(c.id));
        }
        return;
      }
      const now = c.now();
      const note = recordOf(c, text, now, true);
      enqueue.assign({ text, createdAt: note.createdAt, stored: true });
      enqueue(() => c.writeDraft(note));
    }),
    /** The editor's text as the guard leaves it (before a save is tried). */
    guardEditor: assign({ text: ({ context }) => guardText(context.text).text }),
  },
  actors: {
    /** This step's draft, as the note store has it (after the writes on their way), if any. */
    loadDraft: fromPromise<NoteRecord | undefined>(async () => undefined),
    /** Writes the note and resolves with how it fared (never rejects). */
    saveNote: fromPromise<SaveResult, NoteRecord>(async () => ({
      ok: false,
      error: 'unavailable',
      pending: 1,
    })),
  },
  guards: {
    pinLike: ({ context }) => findPinLike(guardText(context.text).text).length > 0,
    empty: ({ context }) => isEmpty(guardText(context.text).text, context.photo),
  },
  delays: {
    draftDelay: ({ context }) => context.delayMs,
  },
}).createMachine({
  id: 'noteDraft',
  context: ({ input }) => ({
    delayMs: DRAFT_DELAY_MS,
    ...input,
    id: '',
    createdAt: 0,
    stored: false,
    text: '',
    photo: undefined,
    status: 'idle',
    restored: false,
    saving: '',
    savedHidden: [],
  }),
  initial: 'loading',
  states: {
    /**
     * Reads this step's draft once, when the panel opens (a draft written on the way out of the
     * panel a moment ago included: the read waits for the writes on their way).
     */
    loading: {
      invoke: {
        src: 'loadDraft',
        onDone: {
          target: 'editing',
          actions: assign(({ context, event }) =>
            event.output
              ? {
                  id: event.output.id,
                  createdAt: event.output.createdAt,
                  stored: true,
                  text: event.output.text,
                  photo: event.output.photo,
                  restored: event.output.text.trim() !== '' || event.output.photo !== undefined,
                }
              : freshNote(context),
          ),
        },
        // Unreadable: an empty editor, as on a first visit.
        onError: { target: 'editing', actions: assign(({ context }) => freshNote(context)) },
      },
    },
    editing: {
      initial: 'clean',
      states: {
        /** Nothing typed that is not written. */
        clean: {},
        /** Typed, not written yet: written after the delay, or at once on flush. */
        dirty: {
          after: { draftDelay: { target: 'clean', actions: 'persist' } },
          on: { flush: { target: 'clean', actions: 'persist' } },
        },
      },
      on: {
        type: {
          target: '.dirty',
          reenter: true,
          actions: assign({ text: ({ event }) => event.text, status: 'idle' }),
        },
        'photo.start': { actions: assign({ status: 'photoBusy' }) },
        'photo.done': {
          target: '.clean',
          actions: [assign({ photo: ({ event }) => event.photo, status: 'idle' }), 'persist'],
        },
        'photo.failed': { actions: assign({ status: 'photoFailed' }) },
        'photo.remove': { target: '.clean', actions: [assign({ photo: undefined }), 'persist'] },
        save: [
          {
            // Kept as a draft, flagged, until the merchant removes it.
            guard: 'pinLike',
            target: '.clean',
            actions: ['persist', assign({ status: 'pinBlocked' }), 'focusEditor'],
          },
          { guard: 'empty', target: '.clean', actions: 'guardEditor' },
          {
            target: 'saving',
            actions: ['guardEditor', assign({ saving: ({ context }) => context.text.trim() })],
          },
        ],
        noteDeleted: {
          actions: assign({
            savedHidden: [],
            status: ({ context }) => (context.status === 'saved' ? 'idle' : context.status),
          }),
        },
        changeFailed: { actions: assign({ status: 'saveFailed' }) },
      },
    },
    saving: {
      invoke: {
        src: 'saveNote',
        input: ({ context }) => recordOf(context, context.saving, context.now(), false),
        onDone: [
          {
            guard: ({ event }) => event.output.ok,
            target: 'editing',
            actions: assign(({ context }) => ({
              ...freshNote(context),
              savedHidden: maskedIn(context.saving),
              status: 'saved' as const,
            })),
          },
          // Not written (it stays queued and retried): the editor keeps the note.
          { target: 'editing', actions: assign({ status: 'saveFailed' }) },
        ],
      },
      on: {
        // Typing goes on while the note is written; it is not a draft of that note.
        type: { actions: assign({ text: ({ event }) => event.text, status: 'idle' }) },
      },
    },
  },
});
