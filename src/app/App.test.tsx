/**
 * Screen tests: what the merchant sees, driven through the real App with real storage
 * (fake-indexeddb). Paths through each guide come from its machine (xstate/graph), and the
 * buttons are found by the labels the content gives them, in both languages.
 */
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getShortestPaths } from 'xstate/graph';
import { faults } from '../faults/registry';
import type { ChoiceEvent, Guide, Lang, StepMeta } from '../faults/types';
import { htmlLang, loadUi } from '../i18n/i18n';
import type { UiText } from '../i18n/ui.en';
import { choicesOf, metaOf, stateId, type Snapshot } from '../faults/engine';
import { choiceLabel } from '../i18n/runText';
import { App } from './App';
import { createServices, type Services } from '../infra/services';

const langs: Lang[] = ['en', 'zh'];

async function setup(lang: Lang, path = '/') {
  history.replaceState(null, '', path);
  localStorage.setItem('pos-rescue.lang', lang);
  document.documentElement.lang = htmlLang(lang);
  const ui = await loadUi(lang);
  const services = await createServices(`test-${crypto.randomUUID()}`);
  const user = userEvent.setup();
  render(<App initial={{ lang, ui }} services={services} />);
  return { ui, services, user };
}

let opened: Services[] = [];
beforeEach(() => {
  opened = [];
});
afterEach(() => {
  opened.forEach((s) => s.storage.close());
  localStorage.clear();
});

function allEvents(guide: Guide) {
  const types = new Set<ChoiceEvent>();
  for (const node of Object.values(guide.machine.root.states)) {
    const meta = (node as { meta?: StepMeta }).meta;
    if (meta && meta.kind !== 'end') meta.choices.forEach((c) => types.add(c));
  }
  return [...types].map((type) => ({ type }));
}

/** The shortest path from the first question to an end of the given outcome. */
function pathTo(guide: Guide, outcome: 'resolved' | 'escalated') {
  const paths = getShortestPaths(guide.machine, { events: allEvents(guide) })
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

async function walk(
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

describe.each(langs)('in %s', (lang) => {
  it('home shows the three faults with their literal terminal messages', async () => {
    const { ui } = await setup(lang);
    expect(screen.getByRole('heading', { level: 1, name: ui.home.heading })).toBeTruthy();
    const list = screen.getByRole('list', { name: ui.home.faultsLabel });
    for (const f of faults) {
      expect(within(list).getByText(`「${f.terminalMessage}」`)).toBeTruthy();
      expect(within(list).getByText(f.title[lang])).toBeTruthy();
    }
  });

  describe.each(faults.map((f) => [f.id, f] as const))('guide %s', (_id, entry) => {
    it.each(['resolved', 'escalated'] as const)('walks from home to %s', async (outcome) => {
      const guide = await entry.load();
      const { ui, user, services } = await setup(lang);
      opened.push(services);
      await user.click(screen.getByRole('link', { name: new RegExp(entry.title[lang]) }));
      await walk(user, guide, lang, ui, outcome);
      // The end screen replaces the step's <main>: look it up again until it is the end.
      await waitFor(() => expect(screen.getByRole('main').className).toContain(`end-${outcome}`));
      const main = screen.getByRole('main');
      expect(main.querySelector(`.badge-${outcome}`)?.textContent).toBe(
        outcome === 'escalated' ? ui.end.escalatedTitle : ui.end.resolvedTitle,
      );
      if (outcome === 'escalated') {
        expect(screen.getByRole('heading', { name: ui.end.whoToCall })).toBeTruthy();
        expect(screen.getByText(ui.end.callProvider)).toBeTruthy();
        expect(screen.getByRole('button', { name: ui.end.copy })).toBeTruthy();
      }
      // The incident was stored with its outcome before the end screen showed.
      const id = decodeURIComponent(location.pathname.split('/').pop()!);
      const stored = await services.storage.incidents.get(id);
      expect(stored?.status).toBe(outcome);
      expect(stored?.log.length).toBe(pathTo(guide, outcome).length);
    });
  });

  it('the step screen moves focus to the new question and back returns to the previous one', async () => {
    const guide = await faults[0]!.load();
    const { ui, user, services } = await setup(lang);
    opened.push(services);
    await user.click(screen.getByRole('link', { name: new RegExp(faults[0]!.title[lang]) }));
    const text = guide.content[lang].states;
    await screen.findByRole('heading', { level: 1, name: text.screen!.heading });
    await user.click(
      within(screen.getByRole('group', { name: text.screen!.heading })).getAllByRole('button')[0]!,
    );
    const second = await screen.findByRole('heading', { level: 1, name: text.exposure!.heading });
    await waitFor(() => expect(document.activeElement).toBe(second));
    await user.click(screen.getByRole('button', { name: new RegExp(ui.step.back) }));
    await screen.findByRole('heading', { level: 1, name: text.screen!.heading });
  });

  it('search finds each guide from a word of its message', async () => {
    for (const entry of faults) {
      const { ui, user, services } = await setup(lang);
      opened.push(services);
      await user.type(
        screen.getByRole('searchbox', { name: ui.home.searchLabel }),
        entry.terminalMessage.slice(0, 4),
      );
      await user.click(screen.getByRole('button', { name: ui.home.searchButton }));
      await screen.findByRole('heading', { level: 1, name: ui.lookup.heading });
      const links = screen.getAllByRole('link');
      expect(links[links.findIndex((l) => l.className === 'fault-card')]?.textContent).toContain(
        entry.terminalMessage,
      );
      services.storage.close();
      document.body.innerHTML = '';
    }
  });

  it('search by a response code opens the guide at the right answer', async () => {
    const { ui, user, services } = await setup(lang);
    opened.push(services);
    await user.type(screen.getByRole('searchbox', { name: ui.home.searchLabel }), 'a0');
    await user.click(screen.getByRole('button', { name: ui.home.searchButton }));
    await screen.findByRole('heading', { level: 1, name: ui.lookup.heading });
    await user.click(screen.getAllByRole('link').find((l) => l.className === 'fault-card')!);
    const guide = await faults[0]!.load();
    // A0 answers "what does the screen say?", so the guide continues at the next question.
    await screen.findByRole('heading', {
      level: 1,
      name: guide.content[lang].states.exposure!.heading,
    });
  });

  it.each([
    ['75', 'customerBank'],
    ['38', 'customerBank'],
    ['97', 'notRegistered'],
  ] as const)('code %s lands on a page that says what it means', async (code, which) => {
    const { ui, services } = await setup(lang, `/lookup?q=${code}`);
    opened.push(services);
    await screen.findByRole('heading', { level: 1, name: ui.lookup[which].heading });
    for (const line of ui.lookup[which].body) expect(screen.getByText(line)).toBeTruthy();
  });

  it('a search that matches nothing lands on a page with a way on', async () => {
    const { ui, services } = await setup(lang, `/lookup?q=${encodeURIComponent('zzqq')}`);
    opened.push(services);
    await screen.findByRole('heading', { level: 1, name: ui.lookup.noMatchHeading });
    expect(screen.getAllByRole('link').filter((l) => l.className === 'fault-card')).toHaveLength(
      faults.length,
    );
    expect(screen.getByRole('searchbox')).toBeTruthy();
  });

  it('the language switch changes the screen and is remembered', async () => {
    const { ui, user, services } = await setup(lang);
    opened.push(services);
    await user.click(screen.getByRole('button', { name: ui.langSwitchLabel }));
    const other = await loadUi(lang === 'zh' ? 'en' : 'zh');
    await screen.findByRole('heading', { level: 1, name: other.home.heading });
    expect(localStorage.getItem('pos-rescue.lang')).toBe(lang === 'zh' ? 'en' : 'zh');
    expect(document.documentElement.lang).toBe(htmlLang(lang === 'zh' ? 'en' : 'zh'));
  });
});

describe('resume', () => {
  it('an unfinished incident is listed on home and continues on the same question', async () => {
    const guide = await faults[0]!.load();
    const { ui, user, services } = await setup('en');
    opened.push(services);
    await user.click(screen.getByRole('link', { name: /Key error/ }));
    const path: { from: string; event: ChoiceEvent }[] = [
      { from: 'screen', event: 'screen.keyError' },
      { from: 'exposure', event: 'answer.no' },
      { from: 'scamCall', event: 'answer.no' },
    ];
    for (const step of path.slice(0, 2)) {
      const group = await screen.findByRole('group', {
        name: guide.content.en.states[step.from]!.heading,
      });
      await user.click(
        within(group).getByRole('button', {
          name: choiceLabel(guide.content.en, ui, step.from, step.event),
        }),
      );
    }
    const expected = guide.content.en.states[path[2]!.from]!.heading;
    await screen.findByRole('heading', { level: 1, name: expected });
    // Leave for home, as after an interruption, and continue from the list.
    await user.click(screen.getByRole('link', { name: /Home/ }));
    await user.click(await screen.findByRole('button', { name: /Continue/ }));
    await screen.findByRole('heading', { level: 1, name: expected });
    // Same back history.
    await user.click(screen.getByRole('button', { name: new RegExp(ui.step.back) }));
    await screen.findByRole('heading', {
      level: 1,
      name: guide.content.en.states[path[1]!.from]!.heading,
    });
  });
});

describe('the machine decides the buttons', () => {
  it('each step shows exactly the choices the machine accepts', async () => {
    const guide = await faults[1]!.load();
    const { ui, user, services } = await setup('en');
    opened.push(services);
    await user.click(screen.getByRole('link', { name: /Security lock/ }));
    const snapshot = (await import('../faults/engine')).initialSnapshot(guide);
    const group = await screen.findByRole('group', {
      name: guide.content.en.states[stateId(snapshot)]!.heading,
    });
    const labels = within(group)
      .getAllByRole('button')
      .map((b) => b.textContent);
    expect(labels).toEqual(
      choicesOf(guide, snapshot).map((e) =>
        choiceLabel(guide.content.en, ui, stateId(snapshot), e),
      ),
    );
    await act(async () => undefined);
  });
});

describe('history', () => {
  it('a finished incident is listed with its status and duration, opens as a timeline, and can be deleted', async () => {
    const entry = faults[0]!;
    const guide = await entry.load();
    const { ui, user, services } = await setup('en');
    opened.push(services);
    await user.click(screen.getByRole('link', { name: new RegExp(entry.title.en) }));
    await walk(user, guide, 'en', ui, 'escalated');
    await screen.findByRole('heading', { name: ui.end.whoToCall });
    await user.click(screen.getByRole('link', { name: /Home/ }));
    await user.click(screen.getByRole('link', { name: ui.home.history }));
    await screen.findByRole('heading', { level: 1, name: ui.history.heading });
    // Stats for this month count the incident.
    const stats = await screen.findByRole('region', { name: ui.history.thisMonth });
    expect(within(stats).getByText(entry.title.en).nextElementSibling?.textContent).toBe('1');
    expect(within(stats).getByText(ui.history.resolvedShare).nextElementSibling?.textContent).toBe(
      '0%',
    );
    const item = screen.getByRole('link', {
      name: new RegExp(`${entry.title.en}.*${ui.history.status.escalated}`),
    });
    expect(item.textContent).toMatch(/\d+ s/);
    await user.click(item);
    await screen.findByRole('heading', { level: 1, name: entry.title.en });
    const timeline = screen.getByRole('list');
    expect(within(timeline).getAllByRole('listitem')).toHaveLength(
      pathTo(guide, 'escalated').length,
    );
    await user.click(screen.getByRole('button', { name: ui.common.delete }));
    await user.click(
      within(screen.getByRole('group', { name: ui.history.deleteConfirm })).getByRole('button', {
        name: ui.common.delete,
      }),
    );
    await screen.findByText(ui.history.empty);
    expect(await services.storage.incidents.listAll()).toEqual([]);
  });
});

describe('prevention', () => {
  it.each(langs)('in %s lists the advice for every fault', async (lang) => {
    const { ui, user, services } = await setup(lang);
    opened.push(services);
    await user.click(screen.getByRole('link', { name: ui.home.prevention }));
    await screen.findByRole('heading', { level: 1, name: ui.home.prevention });
    for (const entry of faults) {
      const section = (await entry.loadPrevention())[lang];
      const region = await screen.findByRole('region', { name: section.heading });
      expect(within(region).getAllByRole('listitem')).toHaveLength(section.items.length);
    }
  });
});

describe('where card payments must stop', () => {
  it('the step heading says stop, in red, and the queue panel never says when to take cards again', async () => {
    const guide = await faults[0]!.load();
    const { ui, user, services } = await setup('en');
    opened.push(services);
    await user.click(screen.getByRole('link', { name: /Key error/ }));
    for (const [from, event] of [
      ['screen', 'screen.keyError'],
      ['exposure', 'answer.yes'],
    ] as const) {
      const group = await screen.findByRole('group', {
        name: guide.content.en.states[from]!.heading,
      });
      await user.click(
        within(group).getByRole('button', { name: choiceLabel(guide.content.en, ui, from, event) }),
      );
    }
    const heading = await screen.findByRole('heading', {
      level: 1,
      name: guide.content.en.states.stopCards!.heading,
    });
    expect(heading.className).toBe('stop');
    expect(screen.getByText(ui.queue.stopLast)).toBeTruthy();
    expect(screen.queryByText(ui.queue.body.at(-1)!)).toBeNull();
  });
});
