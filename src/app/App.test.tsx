/**
 * Screen tests: what the merchant sees, driven through the real App with real storage
 * (fake-indexeddb). Paths through each guide come from its machine (xstate/graph), and the
 * buttons are found by the labels the content gives them, in both languages.
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import type userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { faults } from '../faults/registry';
import type { ChoiceEvent, Guide, Lang } from '../faults/types';
import type { UiText } from '../i18n/ui.en';
import { htmlLang, loadUi } from '../i18n/i18n';
import { choicesOf, stateId } from '../faults/engine';
import { choiceLabel } from '../i18n/runText';
import { historyText } from './HistoryPage';
import { lookupTextEn } from '../lookup/lookup.text.en';
import { lookupTextZh } from '../lookup/lookup.text.zh';
import { responseCodes } from '../lookup/responseCodes';
import { titleOfId } from '../lookup/answerTitle';
import { pathTo, setup, walk } from './screen.testkit';
import { closeTestStorages } from '../infra/services.testkit';

const langs: Lang[] = ['en', 'zh'];

afterEach(() => {
  vi.unstubAllGlobals();
  closeTestStorages();
  localStorage.clear();
});

describe.each(langs)('in %s', (lang) => {
  it('home shows every fault with its literal terminal message', async () => {
    const { ui } = await setup(lang);
    expect(screen.getByRole('heading', { level: 1, name: ui.home.heading })).toBeVisible();
    const list = screen.getByRole('list', { name: ui.home.faultsLabel });
    for (const f of faults) {
      expect(within(list).getByText(`「${f.terminalMessage}」`)).toBeVisible();
      expect(within(list).getByText(f.title[lang])).toBeVisible();
    }
  });

  describe.each(faults.map((f) => [f.id, f] as const))('guide %s', (_id, entry) => {
    it.each(['resolved', 'escalated'] as const)('walks from home to %s', async (outcome) => {
      const guide = await entry.load();
      const { ui, user, storage } = await setup(lang);
      await user.click(screen.getByRole('link', { name: new RegExp(entry.title[lang]) }));
      await walk(user, guide, lang, ui, outcome);
      // The end screen replaces the step's <main>: look it up again until it is the end.
      await waitFor(() => expect(screen.getByRole('main').className).toContain(`end-${outcome}`));
      const main = screen.getByRole('main');
      expect(main.querySelector(`.badge-${outcome}`)?.textContent).toBe(
        outcome === 'escalated' ? ui.end.escalatedTitle : ui.end.resolvedTitle,
      );
      if (outcome === 'escalated') {
        expect(screen.getByRole('heading', { name: ui.end.whoToCall })).toBeVisible();
        expect(screen.getByText(ui.calls.noProviderNumber)).toBeVisible(); // no hotline saved yet
        expect(screen.getByRole('button', { name: ui.end.copy })).toBeVisible();
      }
      // The incident was stored with its outcome before the end screen showed.
      const id = decodeURIComponent(location.pathname.split('/').pop()!);
      const stored = await storage.incidents.get(id);
      expect(stored?.status).toBe(outcome);
      expect(stored?.log.length).toBe(pathTo(guide, outcome).length);
    });
  });

  it('abandoning from home ends the incident through the run functions, answers kept', async () => {
    const entry = faults[0]!;
    const guide = await entry.load();
    const { ui, user, storage } = await setup(lang);
    await user.click(screen.getByRole('link', { name: new RegExp(entry.title[lang]) }));
    const [first] = pathTo(guide, 'resolved');
    const text = guide.content[lang];
    const group = await screen.findByRole('group', { name: text.states[first!.from]!.heading });
    await user.click(
      within(group).getByRole('button', {
        name: choiceLabel(text, ui, first!.from, first!.event),
      }),
    );
    await waitFor(() =>
      expect(document.querySelector('main')?.getAttribute('data-state')).not.toBe(first!.from),
    );
    await user.click(screen.getByRole('link', { name: /Home|首页/ }));
    await user.click(await screen.findByRole('button', { name: ui.home.abandon }));
    const confirm = screen.getByRole('group', { name: ui.home.abandonConfirm });
    await user.click(within(confirm).getByRole('button', { name: ui.home.abandon }));
    await waitFor(() =>
      expect(screen.queryByRole('heading', { name: ui.home.unfinishedHeading })).toBeNull(),
    );
    const [stored] = await storage.incidents.listAll();
    expect(stored).toMatchObject({ status: 'abandoned', fault: entry.id });
    expect(stored!.endedAt).toBe(stored!.updatedAt);
    expect(stored!.log.map((e) => e.event)).toEqual([first!.event]);
  });

  it('the step screen moves focus to the new question and back returns to the previous one', async () => {
    const guide = await faults[0]!.load();
    const { ui, user } = await setup(lang);
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
      const { ui, user } = await setup(lang);
      await user.type(
        screen.getByRole('searchbox', { name: ui.home.searchLabel }),
        entry.terminalMessage.slice(0, 4),
      );
      await user.click(screen.getByRole('button', { name: ui.home.searchButton }));
      await screen.findByRole('heading', { level: 1, name: entry.title[lang] });
      const links = screen.getAllByRole('link');
      expect(links[links.findIndex((l) => l.className === 'fault-card')]?.textContent).toContain(
        entry.terminalMessage,
      );
      closeTestStorages();
      document.body.innerHTML = '';
    }
  });

  const lt = lang === 'zh' ? lookupTextZh : lookupTextEn;
  const codeTitle = (code: string) => {
    const row = responseCodes.find((r) => r.code === code)!;
    return lang === 'zh' ? `${code} 「${row.texts[0]}」` : `${code}: ${row.meaning.en}`;
  };

  it('search by a response code opens the guide at the right answer', async () => {
    const { ui, user } = await setup(lang);
    await user.type(screen.getByRole('searchbox', { name: ui.home.searchLabel }), 'a0');
    await user.click(screen.getByRole('button', { name: ui.home.searchButton }));
    await screen.findByRole('heading', { level: 1, name: codeTitle('A0') });
    await user.click(
      screen.getByRole('link', { name: `${lt.openGuide}: ${faults[0]!.title[lang]}` }),
    );
    const guide = await faults[0]!.load();
    // A0 answers "what does the screen say?", so the guide continues at the next question.
    await screen.findByRole('heading', {
      level: 1,
      name: guide.content[lang].states.exposure!.heading,
    });
  });

  it.each([
    ['75', 'pinTries'],
    ['38', 'pinTries'],
    ['97', 'notRegistered'],
    ['51', 'funds'],
  ] as const)(
    'code %s lands on a page that says whose problem it is and what to do',
    async (code, advice) => {
      await setup(lang, `/lookup?q=${code}`);
      await screen.findByRole('heading', { level: 1, name: codeTitle(code) });
      const whose = lt.whose[responseCodes.find((r) => r.code === code)!.whose];
      expect(screen.getByText(whose.label)).toBeVisible();
      for (const line of lt.advice[advice]) expect(screen.getByText(line)).toBeVisible();
    },
  );

  it('a search that matches nothing asks one question and leads on from there', async () => {
    const { user } = await setup(lang, `/lookup?q=${encodeURIComponent('zzqq')}`);
    const heading = await screen.findByRole('heading', { level: 1, name: lt.none.heading });
    // Not the list of guides: one question first.
    expect(screen.queryAllByRole('link').filter((l) => l.className === 'fault-card')).toEqual([]);
    expect(screen.getByRole('searchbox')).toBeVisible();
    await user.click(
      within(screen.getByRole('group', { name: heading.textContent ?? '' })).getByRole('button', {
        name: lt.none.network,
      }),
    );
    const next = await screen.findByRole('heading', { level: 2, name: lt.none.networkHeading });
    await waitFor(() => expect(document.activeElement).toBe(next));
    const card = screen.getAllByRole('link').find((l) => l.className === 'fault-card');
    expect(card).toHaveAttribute('href', '/guide/commFailure');
    await user.click(screen.getByRole('button', { name: lt.none.card }));
    await screen.findByRole('heading', { level: 2, name: lt.none.cardHeading });
    for (const line of lt.none.cardLines) expect(screen.getByText(line)).toBeVisible();
  });

  it('the language switch changes the screen and is remembered', async () => {
    const { ui, user } = await setup(lang);
    await user.click(screen.getByRole('button', { name: ui.langSwitchLabel }));
    const other = await loadUi(lang === 'zh' ? 'en' : 'zh');
    await screen.findByRole('heading', { level: 1, name: other.home.heading });
    expect(localStorage.getItem('pos-rescue.lang')).toBe(lang === 'zh' ? 'en' : 'zh');
    expect(document.documentElement.lang).toBe(htmlLang(lang === 'zh' ? 'en' : 'zh'));
  });
});

describe('resume', () => {
  it("an answer's browser-history entry is written after the next question shows, and back still returns", async () => {
    const guide = await faults[0]!.load();
    // Frames by hand: the entry may be written only once the frame with the question is painted.
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
    const { ui, user } = await setup('en');
    await user.click(screen.getByRole('link', { name: new RegExp(faults[0]!.title.en) }));
    const text = guide.content.en.states;
    await screen.findByRole('heading', { level: 1, name: text.screen!.heading });
    const depth = history.length;
    await user.click(
      within(screen.getByRole('group', { name: text.screen!.heading })).getAllByRole('button')[0]!,
    );
    await screen.findByRole('heading', { level: 1, name: text.exposure!.heading });
    expect(history.length, 'not before the frame').toBe(depth);
    act(() => frames.splice(0).forEach((cb) => cb(performance.now())));
    await waitFor(() => expect(history.length).toBe(depth + 1));
    expect(history.state).toMatchObject({ step: 1, chained: true });
    await user.click(screen.getByRole('button', { name: new RegExp(ui.step.back) }));
    await screen.findByRole('heading', { level: 1, name: text.screen!.heading });
  });

  it('an unfinished incident is listed on home and continues on the same question', async () => {
    const guide = await faults[0]!.load();
    const { ui, user } = await setup('en');
    await user.click(screen.getByRole('link', { name: /Key error/ }));
    const path: { from: string; event: ChoiceEvent }[] = [
      { from: 'screen', event: 'screen.keyError' },
      { from: 'exposure', event: 'answer.no' },
      { from: 'wasCharged', event: 'answer.no' },
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

describe.each(langs)('resume first (%s)', (lang) => {
  it('the unfinished incident comes before the fault cards; the same fault asks continue or new', async () => {
    const entry = faults[0]!;
    const guide = await entry.load();
    const { ui, user, storage } = await setup(lang);
    const title = new RegExp(entry.title[lang]);
    await user.click(screen.getByRole('link', { name: title }));
    const first = guide.content[lang].states.screen!.heading;
    const group = await screen.findByRole('group', { name: first });
    await user.click(
      within(group).getByRole('button', {
        name: choiceLabel(guide.content[lang], ui, 'screen', 'screen.keyError'),
      }),
    );
    const second = guide.content[lang].states.exposure!.heading;
    await screen.findByRole('heading', { level: 1, name: second });
    await user.click(screen.getByRole('link', { name: new RegExp(ui.step.home) }));

    const unfinished = await screen.findByRole('region', { name: ui.home.unfinishedHeading });
    const cards = screen.getByRole('list', { name: ui.home.faultsLabel });
    // Above the cards, in document order.
    expect(
      unfinished.compareDocumentPosition(cards) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    expect(
      within(unfinished).getByRole('button', { name: new RegExp(ui.home.resume) }),
    ).toBeTruthy();

    // The same fault again: asked, not silently doubled.
    await user.click(within(cards).getByRole('link', { name: title }));
    await screen.findByRole('heading', { level: 1, name: ui.home.openHeading });
    await user.click(screen.getByRole('button', { name: ui.home.continueOpen }));
    await screen.findByRole('heading', { level: 1, name: second });
    expect(
      (await storage.incidents.listAll()).filter((r) => r.status === 'inProgress').length,
    ).toBe(1);

    await user.click(screen.getByRole('link', { name: new RegExp(ui.step.home) }));
    await user.click(
      within(await screen.findByRole('list', { name: ui.home.faultsLabel })).getByRole('link', {
        name: title,
      }),
    );
    await user.click(await screen.findByRole('button', { name: ui.home.startNew }));
    await screen.findByRole('heading', { level: 1, name: first });
    expect(
      (await storage.incidents.listAll()).filter((r) => r.status === 'inProgress').length,
    ).toBe(2);
  });
});

describe('the machine decides the buttons', () => {
  it('each step shows exactly the choices the machine accepts', async () => {
    const guide = await faults[1]!.load();
    const { ui, user } = await setup('en');
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
    const { ui, user, storage } = await setup('en');
    await user.click(screen.getByRole('link', { name: new RegExp(entry.title.en) }));
    await walk(user, guide, 'en', ui, 'escalated');
    await screen.findByRole('heading', { name: ui.end.whoToCall });
    await user.click(screen.getByRole('link', { name: /Home/ }));
    await user.click(screen.getByRole('link', { name: ui.home.history }));
    await screen.findByRole('heading', { level: 1, name: historyText.en.heading });
    // Stats for this month count the incident.
    const stats = await screen.findByRole('region', { name: historyText.en.thisMonth });
    expect(within(stats).getByText(entry.title.en).nextElementSibling?.textContent).toBe('1');
    expect(
      within(stats).getByText(historyText.en.resolvedShare).nextElementSibling?.textContent,
    ).toBe('0%');
    const item = screen.getByRole('link', {
      name: new RegExp(`${entry.title.en}.*${historyText.en.status.escalated}`),
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
      within(screen.getByRole('group', { name: historyText.en.deleteConfirm })).getByRole(
        'button',
        {
          name: ui.common.delete,
        },
      ),
    );
    await screen.findByText(historyText.en.empty);
    expect(await storage.incidents.listAll()).toEqual([]);
  });
});

describe('what was looked up, in the history', () => {
  it.each(langs)(
    'in %s: a search typed with a card number is listed masked, counted per answer, and opens again',
    async (lang) => {
      const t = historyText[lang];
      const title = titleOfId('code:51', lang)!;
      const { ui, user, services } = await setup(lang);
      const searchFrom = async (label: string, q: string) => {
        const box = screen.getByRole('searchbox', { name: label });
        await user.clear(box);
        await user.type(box, `${q}{Enter}`);
        await screen.findByRole('heading', { level: 1, name: /^51/ });
      };
      await searchFrom(ui.home.searchLabel, '卡号 6222 0212 3456 7890 余额不足');
      await searchFrom((lang === 'zh' ? lookupTextZh : lookupTextEn).searchAgain, '51');
      expect(await services.lookups.flush()).toEqual({ ok: true });

      await user.click(screen.getByRole('link', { name: /Home|首页/ }));
      await user.click(screen.getByRole('link', { name: ui.home.history }));
      await screen.findByRole('heading', { level: 1, name: t.heading });
      // The month figures: lookups per answer.
      const figures = await screen.findByRole('region', { name: t.lookedUpThisMonth });
      expect(within(figures).getByText(title).nextElementSibling?.textContent).toBe('×2');
      expect(within(figures).getByText(t.lookupsTotal).nextElementSibling?.textContent).toBe('2');
      // The list: newest first, what was typed as it was stored (masked), never the card number.
      const list = screen.getByRole('region', { name: t.lookedUp });
      const items = within(list).getAllByRole('link');
      expect(items.map((a) => a.querySelector('q')?.textContent)).toEqual([
        '51',
        '卡号 •••• 7890 余额不足',
      ]);
      expect(document.body.textContent).not.toMatch(/6222|3456/);
      await user.click(items[1]!);
      await screen.findByRole('heading', { level: 1, name: /^51/ });
    },
  );
});

describe('prevention', () => {
  it.each(langs)('in %s lists the advice for every fault', async (lang) => {
    const { ui, user } = await setup(lang);
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
    const { ui, user } = await setup('en');
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
    // In the folded "pay another way" panel: there, not visible until opened.
    expect(screen.getByText(ui.queue.stopLast)).toBeInTheDocument();
    expect(screen.queryByText(ui.queue.body.at(-1)!)).toBeNull();
  });
});

describe.each(langs)('the counter path on screen (%s)', (lang) => {
  /** Answers one step by its content label, after checking the screen shows that step. */
  async function answer(
    user: ReturnType<typeof userEvent.setup>,
    guide: Guide,
    ui: UiText,
    from: string,
    event: ChoiceEvent,
  ) {
    await waitFor(() =>
      expect(document.querySelector('main')?.getAttribute('data-state')).toBe(from),
    );
    const group = screen.getByRole('group', { name: guide.content[lang].states[from]!.heading });
    await user.click(
      within(group).getByRole('button', {
        name: choiceLabel(guide.content[lang], ui, from, event),
      }),
    );
  }

  it('progress never grows, the rest is behind "more", and "I already tried this" reaches the summary', async () => {
    const guide = await faults[0]!.load();
    const { ui, user } = await setup(lang);
    await user.click(screen.getByRole('link', { name: new RegExp(guide.content[lang].title) }));
    const totals: number[] = [];
    const progress = () => {
      const bar = document.querySelector('main progress')!;
      totals.push(Number(bar.getAttribute('max')));
      expect(document.querySelector('.progress-row span')?.textContent).toBe(
        ui.step.progress
          .replace('{n}', bar.getAttribute('value')!)
          .replace('{total}', bar.getAttribute('max')!),
      );
    };
    const steps: [string, ChoiceEvent][] = [
      ['screen', 'screen.keyError'],
      ['exposure', 'answer.no'],
      ['wasCharged', 'answer.no'],
    ];
    for (const [from, event] of steps) {
      await waitFor(() =>
        expect(document.querySelector('main')?.getAttribute('data-state')).toBe(from),
      );
      progress();
      await answer(user, guide, ui, from, event);
    }
    await waitFor(() =>
      expect(document.querySelector('main')?.getAttribute('data-state')).toBe('restart'),
    );
    progress();
    // At most three lines in view; the rest behind a "more" disclosure with its own name. What
    // "fixed" looks like stays in view, beside the answers it decides.
    const text = guide.content[lang].states.restart!;
    const more = screen.getByText(text.more![0]!).closest('details')!;
    expect(more).not.toBeNull();
    expect(within(more).getByText(ui.step.more).tagName).toBe('SUMMARY');
    expect(more.open).toBe(false);
    expect(more.textContent).not.toContain(text.fixedLooksLike);
    const fixed = screen.getByText(text.fixedLooksLike!, { exact: false });
    expect(fixed.closest('details')).toBeNull();
    expect(fixed.textContent).toBe(`${ui.step.fixedLooksLike}${text.fixedLooksLike}`);
    // "I already tried this": the restart was done before the app was opened.
    await answer(user, guide, ui, 'restart', 'tried');
    // The sign-in at once: the second remedy of the most common cause.
    await waitFor(() =>
      expect(document.querySelector('main')?.getAttribute('data-state')).toBe('signIn'),
    );
    progress();
    await answer(user, guide, ui, 'signIn', 'fixed.yes');
    await waitFor(() =>
      expect(document.querySelector('main')?.getAttribute('data-state')).toBe('resolved'),
    );
    for (let i = 1; i < totals.length; i++) expect(totals[i]).toBeLessThanOrEqual(totals[i - 1]!);
    expect(totals[0]).toBeGreaterThan(totals[totals.length - 1]!);
    const summary = within(document.querySelector<HTMLElement>('ol.summary')!);
    expect(summary.getByText(text.summary!).closest('li')?.textContent).toBe(
      `${text.summary}: ${ui.step.triedBefore}`,
    );
  });

  it('a stop step shows no "you can do this" badge and no "what fixed looks like"', async () => {
    const guide = await faults[0]!.load();
    const { ui, user } = await setup(lang);
    await user.click(screen.getByRole('link', { name: new RegExp(guide.content[lang].title) }));
    await answer(user, guide, ui, 'screen', 'screen.keyError');
    await answer(user, guide, ui, 'exposure', 'answer.yes');
    await waitFor(() =>
      expect(document.querySelector('main')?.getAttribute('data-state')).toBe('stopCards'),
    );
    expect(screen.queryByText(ui.step.who.you)).toBeNull();
    expect(screen.queryByText(ui.step.fixedLooksLike)).toBeNull();
    expect(screen.getByRole('heading', { level: 1 }).className).toBe('stop');
  });
});
