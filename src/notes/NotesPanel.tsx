/**
 * Notes on an incident: free text and an optional photo of the terminal's screen, at a step
 * (collapsible "Add a note", linked to the step id) or after the incident (stepId '').
 *
 *  - What is typed is autosaved as a draft (NoteRecord with draft: true) ~500 ms after the last
 *    keystroke, when the field loses focus, when the panel goes away and when the page is hidden,
 *    and restored into the textarea on return: a reload never loses typed text. The draft's
 *    rules are a machine (noteDraft.machine.ts); this panel renders it and hands it the writes.
 *  - The card-data guard runs on every save, drafts included: card numbers are masked (in the
 *    textarea too) before anything is written. PIN/password-like text is flagged; a final note
 *    is refused until it is removed, the draft is still kept.
 *  - Photos are downscaled in the browser (photo.ts) and held as a Blob on the note; IndexedDB
 *    keeps their bytes and type (storage/notes.repo.ts).
 *  - The list follows the note store (`useNotes`): a note shows once its write has settled.
 *
 * Default export, for React.lazy: loaded only when a guide screen shows it.
 */
import { formatDateTime } from '../i18n/format';
import { registerBeforeReload } from '../infra/beforeReload';
import { useActorRef, useSelector } from '@xstate/react';
import { useCallback, useId, useLayoutEffect, useState, type ChangeEvent } from 'react';
import { fromPromise } from 'xstate';
import { useServices, type Services } from '../infra/services';
import { useNotes, valueOr } from '../infra/useRecords';
import type { Guide } from '../faults/types';
import { format, useLang } from '../i18n/i18n';
import type { UiText } from '../i18n/ui.en';
import type { NoteRecord } from '../storage/records';
import type { SaveResult } from '../storage/writeQueue';
import { ConfirmButton } from '../ui/ConfirmButton';
import { findPinLike } from '../rules/cardGuard';
import { downscalePhoto } from './photo';
import { MAX_NOTE_CHARS } from '../rules/limits';
import { maskedIn, noteDraftMachine, type DraftStatus } from './noteDraft.machine';

export { DRAFT_DELAY_MS } from './noteDraft.machine';

export interface NotesPanelProps {
  incidentId: string;
  /** The step the note is written at; '' after the incident (end screen). */
  stepId: string;
  /** For step names in the list. */
  guide?: Guide;
  /** A collapsible "Add a note" (on a step); it opens by itself when a draft is waiting. */
  collapsible?: boolean;
  draftDelayMs?: number;
}

/** The status line, by the draft's status (what a saved note's guard hid is added to "saved"). */
const STATUS_TEXT: Record<DraftStatus, (n: UiText['notes']) => string> = {
  idle: () => '',
  saved: (n) => n.saved,
  saveFailed: (n) => n.saveFailed,
  pinBlocked: () => '', // said by the PIN alert itself
  photoBusy: (n) => n.photoBusy,
  photoFailed: (n) => n.photoFailed,
};

/** "A card number was hidden: •••• 1234" (kept on one line: the dots and digits belong together). */
function hiddenLine(ui: UiText, masks: readonly string[]): string {
  return format(masks.length === 1 ? ui.notes.cardHidden : ui.notes.cardHiddenMany, {
    n: masks.length,
    masked: masks.map((m) => m.replace(' ', '\u00a0')).join(', '),
  });
}

export default function NotesPanel(props: NotesPanelProps) {
  const services = useServices();
  // One draft machine per note place: another incident or step is another panel.
  const place = `${props.incidentId}\u0000${props.stepId}`;
  return services ? <Panel key={place} {...props} services={services} /> : null;
}

/** The draft machine of this panel, with the note store's writes, running while it shows. */
function useNoteDraft(services: Services, props: NotesPanelProps, editorId: string) {
  const { notes } = services;
  const actor = useActorRef(
    noteDraftMachine.provide({
      actors: {
        loadDraft: fromPromise(async () =>
          (await notes.listByIncident(props.incidentId)).find(
            (n) => n.draft && n.stepId === props.stepId,
          ),
        ),
        saveNote: fromPromise<SaveResult, NoteRecord>(({ input }) => notes.save(input)),
      },
    }),
    {
      input: {
        incidentId: props.incidentId,
        stepId: props.stepId,
        newId: services.newId,
        now: services.now,
        writeDraft: (note) => void notes.save(note),
        // Queued like a write (storage/stores.ts): kept and retried if it fails, flushed before
        // an update reloads, and the draft reads as gone from now on, so it cannot come back.
        deleteDraft: (id) => void notes.delete(id),
        focusEditor: () => document.getElementById(editorId)?.focus(),
        ...(props.draftDelayMs === undefined ? {} : { delayMs: props.draftDelayMs }),
      },
    },
  );
  // Write what is typed when the page is hidden or closed, before an update reloads (the update
  // bar flushes the note store next: storage/stores.ts, flushStores), and when the panel goes
  // away (next step) — a layout effect, so that it runs before the machine stops.
  useLayoutEffect(() => {
    const flush = () => actor.send({ type: 'flush' });
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    const unregister = registerBeforeReload(() => {
      flush();
      return Promise.resolve();
    });
    return () => {
      unregister();
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      flush();
    };
  }, [actor]);
  return actor;
}

function Panel(props: NotesPanelProps & { services: Services }) {
  const { incidentId, guide, collapsible = false, services } = props;
  const { ui, lang } = useLang();
  const uid = useId();
  const ids = { text: `${uid}-text`, hint: `${uid}-hint`, list: `${uid}-list` };
  const read = useNotes(incidentId);
  const actor = useNoteDraft(services, props, ids.text);
  const draft = useSelector(actor, (s) => s.context);
  const loading = useSelector(actor, (s) => s.matches('loading'));
  const saving = useSelector(actor, (s) => s.matches('saving'));
  const [toggled, setToggled] = useState<boolean | null>(null);

  const all = loading || read.status === 'loading' ? null : valueOr(read, []);
  /** Every note but the one in the editor (its draft is stored too). */
  const notes = all?.filter((n) => n.id !== draft.id) ?? null;
  const text = draft.text;
  const photo = draft.photo;

  const onPhoto = async (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.target;
    const file = input.files?.[0];
    input.value = ''; // the same photo can be chosen again
    if (!file) return;
    actor.send({ type: 'photo.start' });
    try {
      actor.send({ type: 'photo.done', photo: await downscalePhoto(file) });
    } catch {
      actor.send({ type: 'photo.failed' });
    }
  };

  /** A saved note or its photo: committed before the list changes; not written, taken back. */
  const updateSaved = async (note: NoteRecord, change: 'deletePhoto' | 'delete') => {
    const { photo: _removed, ...rest } = note;
    const result =
      change === 'delete'
        ? await services.notes.deleteOrTakeBack(note)
        : await services.notes.saveOrTakeBack({ ...rest, updatedAt: services.now() }, note);
    if (!result.ok) actor.send({ type: 'changeFailed' });
    // "Note saved. A card number was hidden…" would now speak of a note that is gone.
    else if (change === 'delete') actor.send({ type: 'noteDeleted' });
  };

  const pinLike = findPinLike(text);
  /** Card numbers the guard hid in the editor. */
  const hidden = maskedIn(text);
  const empty = text.trim() === '' && !photo;
  const when = (ms: number) => formatDateTime(ms, lang, { style: 'short' });
  const stepName = (id: string) => {
    if (id === '') return ui.notes.afterIncident;
    const st = guide?.content[lang].states[id];
    return st?.summary ?? st?.heading ?? id;
  };
  const statusText = [
    STATUS_TEXT[draft.status](ui.notes),
    // The editor is empty after a save: what the guard hid in that note is said here.
    ...(draft.status === 'saved' && draft.savedHidden.length > 0
      ? [hiddenLine(ui, draft.savedHidden)]
      : []),
  ].join(' ');
  const body = (
    <div className="notes-body">
      <label htmlFor={ids.text} className="notes-label">
        {ui.notes.label}
      </label>
      <p id={ids.hint} className="small">
        {ui.notes.hint}
      </p>
      <textarea
        id={ids.text}
        rows={3}
        maxLength={MAX_NOTE_CHARS}
        value={text}
        disabled={notes === null}
        aria-describedby={ids.hint}
        aria-invalid={pinLike.length > 0 ? true : undefined}
        onChange={(e) => actor.send({ type: 'type', text: e.target.value })}
        onBlur={() => actor.send({ type: 'flush' })}
      />
      {/* Always there (empty when nothing is hidden): a live region that appears with its text
          already in it is often not read out. */}
      <p className="notes-masked" role="status">
        {hidden.length > 0 ? hiddenLine(ui, hidden) : null}
      </p>
      {pinLike.length > 0 ? (
        <div className="notes-pin" role="alert">
          {draft.status === 'pinBlocked' ? <p className="warning">{ui.notes.pinBlocked}</p> : null}
          <p>{format(ui.notes.pinFlag, { text: pinLike.join(' / ') })}</p>
        </div>
      ) : null}
      {photo ? (
        <div className="notes-photo">
          <Thumbnail blob={photo} alt={ui.notes.photoAlt} />
          <ConfirmButton
            label={ui.notes.deletePhoto}
            question={ui.notes.deletePhotoConfirm}
            onConfirm={() => actor.send({ type: 'photo.remove' })}
          />
        </div>
      ) : (
        <label className="button photo-button">
          <input
            type="file"
            accept="image/*"
            capture="environment"
            className="visually-hidden"
            disabled={notes === null || draft.status === 'photoBusy'}
            onChange={(e) => void onPhoto(e)}
          />
          {ui.notes.addPhoto}
        </label>
      )}
      <div className="notes-actions">
        <button
          type="button"
          className="primary"
          disabled={notes === null || saving || empty}
          onClick={() => actor.send({ type: 'save' })}
        >
          {ui.notes.save}
        </button>
        <span role="status" className="small">
          {statusText}
        </span>
      </div>
      <NoteList
        notes={notes ?? []}
        labelId={ids.list}
        when={when}
        stepName={stepName}
        onDeletePhoto={(n) => void updateSaved(n, 'deletePhoto')}
        onDelete={(n) => void updateSaved(n, 'delete')}
      />
    </div>
  );

  if (!collapsible) {
    return (
      <section className="notes" aria-labelledby={`${uid}-heading`}>
        <h2 id={`${uid}-heading`}>{ui.notes.heading}</h2>
        {body}
      </section>
    );
  }
  const count = notes?.filter((n) => !n.draft).length ?? 0;
  // Opens by itself when a draft of this step was waiting, until the merchant folds it.
  const open = toggled ?? draft.restored;
  return (
    <details
      className="notes notes-collapsible"
      open={open}
      onToggle={(e) => setToggled(e.currentTarget.open)}
    >
      <summary>
        {ui.notes.add}
        {count > 0 ? (
          <span className="small"> ({format(ui.notes.count, { n: count })})</span>
        ) : null}
      </summary>
      {body}
    </details>
  );
}

function NoteList(props: {
  notes: NoteRecord[];
  labelId: string;
  when: (ms: number) => string;
  stepName: (id: string) => string;
  onDeletePhoto: (note: NoteRecord) => void;
  onDelete: (note: NoteRecord) => void;
}) {
  const { ui } = useLang();
  if (props.notes.length === 0) return null;
  return (
    <>
      <h3 id={props.labelId} className="notes-list-heading">
        {ui.notes.listHeading}
      </h3>
      <ul className="notes-list" aria-labelledby={props.labelId}>
        {props.notes.map((n) => (
          <li key={n.id} className="note-item">
            <p className="small">
              <time dateTime={new Date(n.createdAt).toISOString()}>{props.when(n.createdAt)}</time>
              {' · '}
              {props.stepName(n.stepId)}
              {n.draft ? ` · ${ui.notes.draftBadge}` : ''}
            </p>
            {n.text ? <p className="note-text">{n.text}</p> : null}
            {n.photo ? (
              <div className="notes-photo">
                <Thumbnail blob={n.photo} alt={ui.notes.photoAlt} />
                <ConfirmButton
                  label={ui.notes.deletePhoto}
                  question={ui.notes.deletePhotoConfirm}
                  onConfirm={() => props.onDeletePhoto(n)}
                />
              </div>
            ) : null}
            <ConfirmButton
              label={ui.notes.deleteNote}
              question={ui.notes.deleteNoteConfirm}
              onConfirm={() => props.onDelete(n)}
            />
          </li>
        ))}
      </ul>
    </>
  );
}

/** The photo, through an object URL that is revoked when the image goes away. */
function Thumbnail({ blob, alt }: { blob: Blob; alt: string }) {
  const attach = useCallback(
    (img: HTMLImageElement | null) => {
      if (!img || typeof URL.createObjectURL !== 'function') return;
      const url = URL.createObjectURL(blob);
      img.src = url;
      return () => URL.revokeObjectURL(url);
    },
    [blob],
  );
  return <img ref={attach} className="note-photo" alt={alt} decoding="async" />;
}
