/**
 * Screen-test helpers shared by the screen tests that drive the real App (src/app/App.test.tsx,
 * tests/unit/fourthFault.test.tsx, the call-button tests): render the app on an address or on an
 * incident with fresh storage, and walk a guide along a path taken from its machine, clicking the
 * buttons by the labels its content gives.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect } from 'vitest';
import { getShortestPaths } from 'xstate/graph';
import { allChoiceEvents, metaOf, stateId, type Snapshot } from '../faults/engine';
import type { ChoiceEvent, Guide, Lang } from '../faults/types';
import { htmlLang, loadUi } from '../i18n/i18n';
import { choiceLabel } from '../i18n/runText';
import type { UiText } from '../i18n/ui.en';
import { openTestServices, type TestServices } from '../infra/services.testkit';
import type { TerminalRecord } from '../storage/records';
import { choose, newIncident } from '../wizard/incidentRun';
import { App } from './App';

/**
 * Renders the app at `path` in `lang`, on the given services or on a fresh database (closed by
 * `closeTestStorages`), with the storage under them to put records in place and look at them.
 */
export async function setup(lang: Lang, path = '/', given?: TestServices) {
  history.replaceState(null, '', path);
  localStorage.setItem('pos-rescue.lang', lang);
  document.documentElement.lang = htmlLang(lang);
  const ui = await loadUi(lang);
  const { services, storage } = given ?? (await openTestServices());
  const user = userEvent.setup();
  render(<App initial={{ lang, ui }} services={services} />);
  return { ui, services, storage, user };
}

/**
 * Renders the app on incident `i1` of `guide` after `events` were answered (fresh storage), tied
 * to `terminal` when one is given (saved first).
 */
export async function openIncident(
  lang: Lang,
  guide: Guide,
  events: readonly ChoiceEvent[],
  terminal?: TerminalRecord,
) {
  const given = await openTestServices();
  if (terminal) await given.storage.terminals.put(terminal);
  let view = newIncident(guide, {
    id: 'i1',
    now: Date.UTC(2026, 10, 30, 6, 5),
    ...(terminal ? { terminalId: terminal.id } : {}),
  });
  for (const e of events) view = choose(guide, view, e, view.record.updatedAt + 60_000);
  await given.storage.incidents.put(view.record);
  return setup(lang, `/incident/${view.record.id}`, given);
}

/** The shortest path from the first question to an end of the given outcome. */
export function pathTo(guide: Guide, outcome: 'resolved' | 'escalated') {
  const paths = getShortestPaths(guide.machine, { events: allChoiceEvents(guide) })
    .filter((p) => {
      const s = p.state as Snapshot;
      if (s.status !== 'done') return false;
      const meta = metaOf(guide, s);
      return meta.kind === 'end' && meta.outcome === outcome;
    })
    .sort((a, b) => a.steps.length - b.steps.length);
  const best = paths[0];
  if (!best) throw new Error(`${guide.id} has no ${outcome} end`);
  return best.steps.slice(1).map((s, i) => ({
    from: stateId(best.steps[i]!.state as Snapshot),
    event: (s.event as { type: ChoiceEvent }).type,
  }));
}

export async function walk(
  user: ReturnType<typeof userEvent.setup>,
  guide: Guide,
  lang: Lang,
  ui: UiText,
  outcome: 'resolved' | 'escalated',
) {
  for (const step of pathTo(guide, outcome)) {
    // Wait for the step itself (two steps may share a heading), then for its heading.
    await waitFor(() =>
      expect(document.querySelector('main')?.getAttribute('data-state')).toBe(step.from),
    );
    await screen.findByRole('heading', {
      level: 1,
      name: guide.content[lang].states[step.from]!.heading,
    });
    const group = screen.getByRole('group', {
      name: guide.content[lang].states[step.from]!.heading,
    });
    await user.click(
      within(group).getByRole('button', {
        name: choiceLabel(guide.content[lang], ui, step.from, step.event),
      }),
    );
  }
}
