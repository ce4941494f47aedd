/**
 * The note being written, by state: "when in X, on Y → Z", with the note store's writes
 * recorded (the panel's own screen tests are NotesPanel.test.tsx).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createActor, fromPromise } from 'xstate';
import type { NoteRecord } from '../storage/records';
import type { SaveResult } from '../storage/writeQueue';
import { noteDraftMachine } from './noteDraft.machine';

const CARD = '4111 1111 1111 1111';
const DELAY = 500;

type Write = { draft: NoteRecord } | { deleted: string };

function start(
  options: {
    draft?: NoteRecord | Error;
    saved?: SaveResult;
  } = {},
) {
  const writes: Write[] = [];
  const saved: NoteRecord[] = [];
  const focus = vi.fn();
  let ids = 0;
  let clock = 1000;
  const actor = createActor(
    noteDraftMachine.provide({
      actors: {
        loadDraft: fromPromise(async () => {
          if (options.draft instanceof Error) throw options.draft;
          return options.draft;
        }),
        saveNote: fromPromise<SaveResult, NoteRecord>(async ({ input }) => {
          saved.push(input);
          return options.saved ?? { ok: true };
        }),
      },
    }),
    {
      input: {
        incidentId: 'inc-1',
        stepId: 'restart',
        newId: () => `new-${++ids}`,
        now: () => (clock += 10),
        writeDraft: (draft) => writes.push({ draft }),
        deleteDraft: (id) => writes.push({ deleted: id }),
        focusEditor: focus,
        delayMs: DELAY,
      },
    },
  );
  actor.start();
  return { actor, writes, saved, focus, state: () => actor.getSnapshot() };
}

/** Started and past loading (the draft read settles on the next tick). */
async function editing(options: Parameters<typeof start>[0] = {}) {
  const run = start(options);
  await vi.advanceTimersByTimeAsync(0);
  expect(run.state().matches('editing')).toBe(true);
  return run;
}

const draft = (over: Partial<NoteRecord> = {}): NoteRecord => ({
  id: 'd1',
  incidentId: 'inc-1',
  stepId: 'restart',
  createdAt: 50,
  updatedAt: 60,
  text: 'restarted twice',
  draft: true,
  ...over,
});

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('when loading', () => {
  it('on the draft read: editing it, as stored, the panel told to open', async () => {
    const { state } = await editing({ draft: draft() });
    expect(state().matches({ editing: 'clean' })).toBe(true);
    expect(state().context).toMatchObject({
      id: 'd1',
      createdAt: 50,
      stored: true,
      text: 'restarted twice',
      restored: true,
    });
  });

  it('on no draft: a new note, empty, the panel left folded', async () => {
    const { state } = await editing();
    expect(state().context).toMatchObject({ id: 'new-1', createdAt: 0, stored: false, text: '' });
    expect(state().context.restored).toBe(false);
  });

  it('on a read that fails: a new note, as on a first visit', async () => {
    const { state } = await editing({ draft: new Error('unreadable') });
    expect(state().context).toMatchObject({ id: 'new-1', text: '' });
  });

  it('typing is not taken yet (the editor is disabled while it loads)', () => {
    const { actor, state } = start();
    actor.send({ type: 'type', text: 'too early' });
    expect(state().matches('loading')).toBe(true);
    expect(state().context.text).toBe('');
  });
});

describe('when editing', () => {
  it('on type: dirty, nothing written until the delay after the last keystroke', async () => {
    const { actor, state, writes } = await editing();
    actor.send({ type: 'type', text: 'restarted' });
    expect(state().matches({ editing: 'dirty' })).toBe(true);
    await vi.advanceTimersByTimeAsync(DELAY - 1);
    actor.send({ type: 'type', text: 'restarted twice' });
    await vi.advanceTimersByTimeAsync(DELAY - 1);
    expect(writes).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(state().matches({ editing: 'clean' })).toBe(true);
    expect(writes).toMatchObject([
      { draft: { id: 'new-1', text: 'restarted twice', draft: true } },
    ]);
  });

  it('the draft is written guarded: a card number is masked, in the editor too', async () => {
    const { actor, state, writes } = await editing();
    actor.send({ type: 'type', text: `card ${CARD}` });
    await vi.advanceTimersByTimeAsync(DELAY);
    expect(state().context.text).toBe('card •••• 1111');
    expect(writes).toMatchObject([{ draft: { text: 'card •••• 1111' } }]);
  });

  it('it keeps its first time: every write of the same note has the createdAt of the first', async () => {
    const { actor, writes } = await editing();
    actor.send({ type: 'type', text: 'a' });
    await vi.advanceTimersByTimeAsync(DELAY);
    actor.send({ type: 'type', text: 'ab' });
    await vi.advanceTimersByTimeAsync(DELAY);
    const [first, second] = writes as { draft: NoteRecord }[];
    expect(second!.draft.createdAt).toBe(first!.draft.createdAt);
    expect(second!.draft.updatedAt).toBeGreaterThan(first!.draft.updatedAt);
  });

  it('when dirty, on flush: written at once; when clean, on flush: nothing', async () => {
    const { actor, state, writes } = await editing();
    actor.send({ type: 'flush' });
    expect(writes).toEqual([]);
    actor.send({ type: 'type', text: 'going to the next step' });
    actor.send({ type: 'flush' });
    expect(state().matches({ editing: 'clean' })).toBe(true);
    expect(writes).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(DELAY);
    expect(writes).toHaveLength(1); // the timer went with the flush
  });

  it('emptied: the stored draft is deleted (once); a draft never stored is not', async () => {
    const stored = await editing({ draft: draft() });
    stored.actor.send({ type: 'type', text: '  ' });
    await vi.advanceTimersByTimeAsync(DELAY);
    expect(stored.writes).toEqual([{ deleted: 'd1' }]);
    expect(stored.state().context.stored).toBe(false);
    stored.actor.send({ type: 'type', text: '' });
    await vi.advanceTimersByTimeAsync(DELAY);
    expect(stored.writes).toHaveLength(1);

    const fresh = await editing();
    fresh.actor.send({ type: 'type', text: '' });
    await vi.advanceTimersByTimeAsync(DELAY);
    expect(fresh.writes).toEqual([]);
  });

  it('on save with PIN-like text: refused, kept as a draft, flagged, the cursor back in the text', async () => {
    const { actor, state, writes, saved, focus } = await editing();
    actor.send({ type: 'type', text: 'the caller asked for the PIN 1234' });
    actor.send({ type: 'save' });
    expect(state().matches({ editing: 'clean' })).toBe(true);
    expect(state().context.status).toBe('pinBlocked');
    expect(writes).toMatchObject([{ draft: { draft: true } }]);
    expect(saved).toEqual([]);
    expect(focus).toHaveBeenCalledOnce();
  });

  it('on save with nothing in it: nothing', async () => {
    const { actor, state, saved } = await editing();
    actor.send({ type: 'save' });
    expect(state().matches({ editing: 'clean' })).toBe(true);
    expect(saved).toEqual([]);
  });

  it('on save: saving, the note written guarded and trimmed, no longer a draft', async () => {
    const { actor, state, saved } = await editing({ draft: draft() });
    actor.send({ type: 'type', text: `  card ${CARD} refused  ` });
    actor.send({ type: 'save' });
    expect(state().matches('saving')).toBe(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(saved).toMatchObject([{ id: 'd1', createdAt: 50, text: 'card •••• 1111 refused' }]);
    expect(saved[0]!.draft).toBeUndefined();
  });

  it('on a photo: busy, then on it in the draft (written at once), or failed', async () => {
    const { actor, state, writes } = await editing();
    actor.send({ type: 'photo.start' });
    expect(state().context.status).toBe('photoBusy');
    const photo = new Blob(['jpeg'], { type: 'image/jpeg' });
    actor.send({ type: 'photo.done', photo });
    expect(state().context).toMatchObject({ status: 'idle', photo });
    expect(writes).toMatchObject([{ draft: { text: '', photo } }]);
    actor.send({ type: 'photo.remove' });
    expect(state().context.photo).toBeUndefined();
    expect(writes.at(-1)).toEqual({ deleted: 'new-1' }); // nothing left in it
    actor.send({ type: 'photo.failed' });
    expect(state().context.status).toBe('photoFailed');
  });

  it('on a saved note deleted: "saved" and what it hid are no longer said', async () => {
    const { actor, state } = await editing();
    actor.send({ type: 'type', text: `card ${CARD}` });
    actor.send({ type: 'save' });
    await vi.advanceTimersByTimeAsync(0);
    expect(state().context).toMatchObject({ status: 'saved', savedHidden: ['•••• 1111'] });
    actor.send({ type: 'noteDeleted' });
    expect(state().context).toMatchObject({ status: 'idle', savedHidden: [] });
    actor.send({ type: 'changeFailed' });
    expect(state().context.status).toBe('saveFailed');
  });
});

describe('when saving', () => {
  it('on written: editing a new, empty note; "saved", with what the guard hid', async () => {
    const { actor, state } = await editing({ draft: draft() });
    actor.send({ type: 'type', text: `card ${CARD}` });
    actor.send({ type: 'save' });
    await vi.advanceTimersByTimeAsync(0);
    expect(state().matches({ editing: 'clean' })).toBe(true);
    expect(state().context).toMatchObject({
      id: 'new-1',
      createdAt: 0,
      stored: false,
      text: '',
      photo: undefined,
      status: 'saved',
      savedHidden: ['•••• 1111'],
    });
  });

  it('on not written: editing the same note, kept in the editor; "not saved"', async () => {
    const { actor, state } = await editing({
      saved: { ok: false, error: 'quota', pending: 1 },
    });
    actor.send({ type: 'type', text: 'provider called back' });
    actor.send({ type: 'save' });
    await vi.advanceTimersByTimeAsync(0);
    expect(state().matches('editing')).toBe(true);
    expect(state().context).toMatchObject({
      id: 'new-1',
      text: 'provider called back',
      status: 'saveFailed',
    });
  });

  it('typing goes on into the editor, and is not written as a draft of the note being saved', async () => {
    const { actor, state, writes } = start();
    await vi.advanceTimersByTimeAsync(0);
    actor.send({ type: 'type', text: 'first' });
    actor.send({ type: 'save' });
    actor.send({ type: 'type', text: 'second' });
    expect(state().context.text).toBe('second');
    await vi.advanceTimersByTimeAsync(DELAY);
    expect(writes).toEqual([]);
  });
});
