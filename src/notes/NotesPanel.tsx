/**
 * Notes on an incident: free text and an optional photo of the terminal's screen, at a step
 * (collapsible "Add a note", linked to the step id) or after the incident (stepId '').
 *
 *  - What is typed is autosaved as a draft (NoteRecord with draft: true) ~500 ms after the last
 *    keystroke, when the panel goes away and when the page is hidden, and restored into the
 *    textarea on return: a reload never loses typed text.
 *  - The card-data guard runs on every save, drafts included: card numbers are masked (in the
 *    textarea too) before anything is written. PIN/password-like text is flagged; a final note
 *    is refused until it is removed, the draft is still kept.
 *  - Photos are downscaled in the browser (photo.ts) and stored as a Blob on the note.
 *
 * Default export, for React.lazy: loaded only when a guide screen shows it.
 */
import { formatDateTime } from '../i18n/format';
import { registerBeforeReload } from '../infra/beforeReload';
import { useCallback, useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import { useServices } from '../infra/services';
import type { Guide } from '../faults/types';
import { format, useLang } from '../i18n/i18n';
import type { NoteRecord } from '../storage/records';
import { ConfirmButton } from '../ui/ConfirmButton';
import { findPinLike, guardText, MASK_PREFIX } from '../rules/cardGuard';
import { downscalePhoto } from './photo';
import { MAX_NOTE_CHARS } from '../rules/limits';

export const DRAFT_DELAY_MS = 500;

const MASKED = new RegExp(`${MASK_PREFIX}\\d{4}`, 'g');

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

type Status = 'idle' | 'saved' | 'saveFailed' | 'pinBlocked' | 'photoBusy' | 'photoFailed';

interface Editing {
  id: string;
  /** 0 until the first save of this note. */
  createdAt: number;
  /** A draft of it is in storage. */
  stored: boolean;
}

const byCreatedAt = (a: NoteRecord, b: NoteRecord) =>
  a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1);

export default function NotesPanel(props: NotesPanelProps) {
  const { incidentId, stepId, guide, collapsible = false } = props;
  const delay = props.draftDelayMs ?? DRAFT_DELAY_MS;
  const services = useServices();
  const { ui, lang } = useLang();
  const uid = useId();
  const [notes, setNotes] = useState<NoteRecord[] | null>(null);
  const [text, setText] = useState('');
  const [photo, setPhoto] = useState<Blob | undefined>(undefined);
  const [status, setStatus] = useState<Status>('idle');
  /** What the guard hid in the note just saved (the editor is empty by then). */
  const [savedHidden, setSavedHidden] = useState<readonly string[]>([]);
  const [busy, setBusy] = useState(false);
  const [open, setOpen] = useState(!collapsible);
  const editing = useRef<Editing>({ id: '', createdAt: 0, stored: false });
  const textRef = useRef('');
  const photoRef = useRef<Blob | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const textarea = useRef<HTMLTextAreaElement>(null);

  const setEditorText = (value: string) => {
    textRef.current = value;
    setText(value);
  };
  const setEditorPhoto = (value: Blob | undefined) => {
    photoRef.current = value;
    setPhoto(value);
  };

  // Load the incident's notes and this step's draft (after any write still on its way).
  useEffect(() => {
    if (!services) return;
    let live = true;
    void services.notes
      .listByIncident(incidentId)
      .catch(() => [] as NoteRecord[])
      .then((list) => {
        if (!live) return;
        const draft = list.find((n) => n.draft && n.stepId === stepId);
        editing.current = draft
          ? { id: draft.id, createdAt: draft.createdAt, stored: true }
          : { id: services.newId(), createdAt: 0, stored: false };
        if (draft) {
          textRef.current = draft.text;
          setText(draft.text);
          photoRef.current = draft.photo;
          setPhoto(draft.photo);
          if (draft.text.trim() !== '' || draft.photo) setOpen(true);
        }
        setNotes(list.filter((n) => n !== draft));
      });
    return () => {
      live = false;
    };
  }, [services, incidentId, stepId]);

  /** Guard, then write the draft now (or remove it when the editor is empty). */
  const persistDraft = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const ed = editing.current;
    if (!services || ed.id === '') return;
    const guarded = guardText(textRef.current);
    if (guarded.text !== textRef.current) {
      textRef.current = guarded.text;
      setText(guarded.text);
    }
    if (guarded.text.trim() === '' && !photoRef.current) {
      if (ed.stored) {
        ed.stored = false;
        // Queued like a write (storage/stores.ts): kept and retried if it fails, flushed before
        // an update reloads, and the draft reads as gone from now on, so it cannot come back.
        void services.notes.delete(ed.id);
      }
      return;
    }
    const now = services.now();
    if (ed.createdAt === 0) ed.createdAt = now;
    ed.stored = true;
    void services.notes.save({
      id: ed.id,
      incidentId,
      stepId,
      createdAt: ed.createdAt,
      updatedAt: now,
      text: guarded.text,
      ...(photoRef.current ? { photo: photoRef.current } : {}),
      draft: true,
    });
  }, [services, incidentId, stepId]);

  // Write a pending draft when the panel goes away (next step) or the page is hidden/closed.
  useEffect(() => {
    const flush = () => {
      if (timer.current !== undefined) persistDraft();
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    // Before an app update reloads the page: hand the draft to the notes store, which the update
    // flushes next (storage/stores.ts: flushStores).
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
  }, [persistDraft]);

  const scheduleDraft = () => {
    clearTimeout(timer.current);
    timer.current = setTimeout(persistDraft, delay);
  };

  const onText = (e: ChangeEvent<HTMLTextAreaElement>) => {
    setEditorText(e.target.value);
    setStatus('idle');
    scheduleDraft();
  };

  const onPhoto = async (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.target;
    const file = input.files?.[0];
    input.value = ''; // the same photo can be chosen again
    if (!file) return;
    setStatus('photoBusy');
    try {
      setEditorPhoto(await downscalePhoto(file));
      setStatus('idle');
      persistDraft();
    } catch {
      setStatus('photoFailed');
    }
  };

  const removeEditorPhoto = () => {
    setEditorPhoto(undefined);
    persistDraft();
  };

  const saveNote = async () => {
    if (!services || busy) return;
    clearTimeout(timer.current);
    timer.current = undefined;
    const guarded = guardText(textRef.current);
    if (guarded.text !== textRef.current) setEditorText(guarded.text);
    if (guarded.pinLike.length > 0) {
      setStatus('pinBlocked');
      persistDraft(); // kept as a draft, flag shown, until the merchant removes it
      textarea.current?.focus();
      return;
    }
    if (guarded.text.trim() === '' && !photoRef.current) return;
    const ed = editing.current;
    const now = services.now();
    const note: NoteRecord = {
      id: ed.id,
      incidentId,
      stepId,
      createdAt: ed.createdAt || now,
      updatedAt: now,
      text: guarded.text.trim(),
      ...(photoRef.current ? { photo: photoRef.current } : {}),
    };
    setBusy(true);
    const result = await services.notes.save(note);
    setBusy(false);
    if (!result.ok) {
      setStatus('saveFailed');
      return;
    }
    setNotes((list) => [...(list ?? []).filter((n) => n.id !== note.id), note].sort(byCreatedAt));
    editing.current = { id: services.newId(), createdAt: 0, stored: false };
    setEditorText('');
    setEditorPhoto(undefined);
    setSavedHidden(note.text.match(MASKED) ?? []);
    setStatus('saved');
  };

  const updateSaved = async (note: NoteRecord, change: 'deletePhoto' | 'delete') => {
    if (!services) return;
    try {
      if (change === 'delete') {
        const result = await services.notes.delete(note.id);
        if (!result.ok) throw new Error(result.error); // still queued: retried, or tap again
        setNotes((list) => (list ?? []).filter((n) => n.id !== note.id));
        // "Note saved. A card number was hidden…" would now speak of a note that is gone.
        setSavedHidden([]);
        setStatus((now) => (now === 'saved' ? 'idle' : now));
      } else {
        const { photo: _removed, ...rest } = note;
        const next: NoteRecord = { ...rest, updatedAt: services.now() };
        const result = await services.notes.save(next);
        if (!result.ok) throw new Error(result.error);
        setNotes((list) => (list ?? []).map((n) => (n.id === note.id ? next : n)));
      }
    } catch {
      setStatus('saveFailed');
    }
  };

  const pinLike = findPinLike(text);
  /** Card numbers the guard hid in the editor. */
  const hidden = text.match(MASKED) ?? [];
  const hiddenLine = (masks: readonly string[]) =>
    format(masks.length === 1 ? ui.notes.cardHidden : ui.notes.cardHiddenMany, {
      n: masks.length,
      // Kept on one line: "••••" and its last four digits belong together.
      masked: masks.map((m) => m.replace(' ', '\u00a0')).join(', '),
    });
  const empty = text.trim() === '' && !photo;
  const when = (ms: number) => formatDateTime(ms, lang, { style: 'short' });
  const stepName = (id: string) => {
    if (id === '') return ui.notes.afterIncident;
    const st = guide?.content[lang].states[id];
    return st?.summary ?? st?.heading ?? id;
  };
  const ids = { text: `${uid}-text`, hint: `${uid}-hint`, list: `${uid}-list` };
  const statusText =
    status === 'saved'
      ? // The editor is empty after a save: what the guard hid in that note is said here.
        [ui.notes.saved, ...(savedHidden.length > 0 ? [hiddenLine(savedHidden)] : [])].join(' ')
      : status === 'saveFailed'
        ? ui.notes.saveFailed
        : status === 'photoBusy'
          ? ui.notes.photoBusy
          : status === 'photoFailed'
            ? ui.notes.photoFailed
            : '';

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
        ref={textarea}
        rows={3}
        maxLength={MAX_NOTE_CHARS}
        value={text}
        disabled={notes === null}
        aria-describedby={ids.hint}
        aria-invalid={pinLike.length > 0 ? true : undefined}
        onChange={onText}
        onBlur={() => {
          if (timer.current !== undefined) persistDraft();
        }}
      />
      {/* Always there (empty when nothing is hidden): a live region that appears with its text
          already in it is often not read out. */}
      <p className="notes-masked" role="status">
        {hidden.length > 0 ? hiddenLine(hidden) : null}
      </p>
      {pinLike.length > 0 ? (
        <div className="notes-pin" role="alert">
          {status === 'pinBlocked' ? <p className="warning">{ui.notes.pinBlocked}</p> : null}
          <p>{format(ui.notes.pinFlag, { text: pinLike.join(' / ') })}</p>
        </div>
      ) : null}
      {photo ? (
        <div className="notes-photo">
          <Thumbnail blob={photo} alt={ui.notes.photoAlt} />
          <ConfirmButton
            label={ui.notes.deletePhoto}
            question={ui.notes.deletePhotoConfirm}
            onConfirm={removeEditorPhoto}
          />
        </div>
      ) : (
        <label className="button photo-button">
          <input
            type="file"
            accept="image/*"
            capture="environment"
            className="visually-hidden"
            disabled={notes === null || status === 'photoBusy'}
            onChange={(e) => void onPhoto(e)}
          />
          {ui.notes.addPhoto}
        </label>
      )}
      <div className="notes-actions">
        <button
          type="button"
          className="primary"
          disabled={notes === null || busy || empty}
          onClick={() => void saveNote()}
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
  return (
    <details
      className="notes notes-collapsible"
      open={open}
      onToggle={(e) => setOpen(e.currentTarget.open)}
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
