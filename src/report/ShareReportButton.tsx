/**
 * "Share report": the incident as text for support (report.ts), with its terminal and its saved
 * notes read fresh at the tap, shared / copied / downloaded (share.ts). Used on the end screen
 * and (later) in a history item. Default export, for React.lazy.
 */
import { useState } from 'react';
import { useServices } from '../infra/services';
import type { Guide } from '../faults/types';
import { useLang } from '../i18n/i18n';
import type { IncidentRecord, NoteRecord, TerminalRecord } from '../storage/records';
import { reportFileName, reportText, reportTitle } from './report';
import { shareText, type ShareOutcome } from './share';

export default function ShareReportButton(props: { guide: Guide; record: IncidentRecord }) {
  const services = useServices();
  const { ui, lang } = useLang();
  const [outcome, setOutcome] = useState<ShareOutcome | 'busy' | null>(null);

  const share = async () => {
    if (!services || outcome === 'busy') return;
    setOutcome('busy');
    const { storage } = services;
    // Reads are quick: the share sheet still counts as opened by this tap.
    const [notes, terminal] = await Promise.all([
      services.notes.listByIncident(props.record.id).catch((): NoteRecord[] => []),
      props.record.terminalId
        ? storage.terminals
            .get(props.record.terminalId)
            .catch((): TerminalRecord | undefined => undefined)
        : Promise.resolve(undefined),
    ]);
    const text = reportText({
      guide: props.guide,
      lang,
      ui,
      incident: props.record,
      ...(terminal ? { terminal } : {}),
      notes,
    });
    setOutcome(
      await shareText({
        title: reportTitle(props.guide, lang, ui),
        text,
        fileName: reportFileName(props.record),
      }),
    );
  };

  const message =
    outcome === 'copied'
      ? ui.report.copied
      : outcome === 'downloaded'
        ? ui.report.downloaded
        : outcome === 'failed'
          ? ui.report.failed
          : '';
  return (
    <div className="share-report">
      <button type="button" disabled={outcome === 'busy'} onClick={() => void share()}>
        {ui.report.share}
      </button>
      <span role="status" className="small">
        {message}
      </span>
    </div>
  );
}
