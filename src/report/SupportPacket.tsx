/**
 * The support packet: the one summary of an incident for the provider (report.ts) — terminal
 * details with S/N, merchant and terminal numbers, the screen text, every step with its answer
 * and time, the notes and their photos, the guide version — shown as it will be sent, with
 * Share (the photos attached as files where `navigator.canShare({ files })` allows), Copy, Save
 * as a file and Print (app.css has the print stylesheet: only the packet, on one or two pages).
 * On the end screen and in the history detail. Default export, for React.lazy.
 */
import { useEffect, useMemo, useState } from 'react';
import type { Guide } from '../faults/types';
import { format, useLang } from '../i18n/i18n';
import { useServices } from '../infra/services';
import { useNotes, useTerminal } from '../infra/useRecords';
import type { IncidentRecord, TerminalRecord } from '../storage/records';
import { reportFileName, reportPhotos, reportText, reportTitle } from './report';
import { copyText, downloadText, shareText, type ShareOutcome } from './share';

export default function SupportPacket(props: {
  guide: Guide;
  record: IncidentRecord;
  /** The terminal as the screen knows it (e.g. just saved at a call step); else read here. */
  terminal?: TerminalRecord | undefined;
}) {
  const services = useServices();
  const { ui, lang } = useLang();
  const [outcome, setOutcome] = useState<ShareOutcome | 'busy' | null>(null);
  const { record } = props;
  // Both follow their stores: a note added on the same screen joins the packet by itself.
  const notesRead = useNotes(record.id);
  const terminalRead = useTerminal(record.terminalId);

  // Until the notes and the terminal are read, the packet would send "no notes" and "a deleted
  // terminal": nothing can be sent or printed before then. (One that cannot be read: without.)
  const ready =
    !services ||
    (notesRead.status !== 'loading' && (!record.terminalId || terminalRead.status !== 'loading'));
  const terminal =
    props.terminal ?? (terminalRead.status === 'ready' ? terminalRead.value : undefined);
  const notes = useMemo(() => (notesRead.status === 'ready' ? notesRead.value : []), [notesRead]);
  const text = reportText({
    guide: props.guide,
    lang,
    ui,
    incident: record,
    ...(terminal ? { terminal } : {}),
    notes,
  });
  const photos = useMemo(() => reportPhotos({ incident: record, notes }), [record, notes]);
  const urls = useMemo(() => photos.map((p) => URL.createObjectURL(p.blob)), [photos]);
  useEffect(() => () => urls.forEach((u) => URL.revokeObjectURL(u)), [urls]);

  const fileName = reportFileName(record);
  const title = reportTitle(props.guide, lang, ui);
  const act = async (what: 'share' | 'copy' | 'download') => {
    if (!ready || outcome === 'busy') return;
    setOutcome('busy');
    const files = photos.map((p) => new File([p.blob], p.name, { type: p.blob.type }));
    setOutcome(
      what === 'share'
        ? await shareText({ title, text, fileName, files })
        : what === 'copy'
          ? await copyText(text, fileName)
          : downloadText(text, fileName),
    );
  };
  const r = ui.report;
  const message =
    outcome === 'copied'
      ? r.copied
      : outcome === 'downloaded'
        ? r.downloaded
        : outcome === 'failed'
          ? r.failed
          : outcome === 'shared' && photos.length > 0
            ? format(r.sharedWithPhotos, { n: photos.length })
            : '';

  return (
    <section className="packet" aria-labelledby="packet-heading" aria-busy={!ready}>
      <h2 id="packet-heading">{r.title}</h2>
      <div className="packet-actions">
        <button
          type="button"
          disabled={!ready || outcome === 'busy'}
          onClick={() => void act('share')}
        >
          {r.share}
        </button>
        <button
          type="button"
          disabled={!ready || outcome === 'busy'}
          onClick={() => void act('copy')}
        >
          {r.copy}
        </button>
        <button
          type="button"
          disabled={!ready || outcome === 'busy'}
          onClick={() => void act('download')}
        >
          {r.download}
        </button>
        <button type="button" disabled={!ready} onClick={() => window.print()}>
          {r.print}
        </button>
        <p role="status" className="small">
          {message}
        </p>
      </div>
      {ready ? (
        <pre className="packet-text" lang={lang === 'zh' ? 'zh-CN' : 'en'}>
          {text}
        </pre>
      ) : (
        <p className="small">{ui.step.loading}</p>
      )}
      {photos.length > 0 ? (
        <ul className="packet-photos">
          {photos.map((p, i) => (
            <li key={p.name}>
              <figure>
                <img src={urls[i]} alt={`${ui.notes.photoAlt} ${i + 1}`} />
                <figcaption className="small">{p.name}</figcaption>
              </figure>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
