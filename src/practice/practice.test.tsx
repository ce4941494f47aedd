/**
 * Practice mode through the real App with real storage (fake-indexeddb): the trainer starts
 * practice, a trainee runs a scenario beside the simulated terminal, the debrief marks wrong and
 * unsafe choices with the right answer, the trainer view lists the run — and the incidents table
 * stays empty.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../app/App';
import { closeTestStorages, openTestServices } from '../infra/services.testkit';
import { faultById } from '../faults/registry';
import type { ChoiceEvent, Guide, Lang } from '../faults/types';
import { format, htmlLang, loadUi } from '../i18n/i18n';
import type { UiText } from '../i18n/ui.en';
import { choiceLabel } from '../i18n/runText';
import { runsFileText } from './runFile';
import { practiceText } from './practice.text';
import { loadScenarios, scenarioById } from './scenarios';

// Every fault's scenarios load through the registry (see scenarios.ts).
await loadScenarios();

afterEach(() => {
  closeTestStorages();
  localStorage.clear();
});

async function setup(lang: Lang, path = '/') {
  history.replaceState(null, '', path);
  localStorage.setItem('pos-rescue.lang', lang);
  document.documentElement.lang = htmlLang(lang);
  const ui = await loadUi(lang);
  const { services, storage } = await openTestServices();
  const user = userEvent.setup();
  render(<App initial={{ lang, ui }} services={services} />);
  return { ui, services, storage, user };
}

/** Answers the step `from` with `event`, by the label the trainee sees. */
async function answerStep(
  user: ReturnType<typeof userEvent.setup>,
  guide: Guide,
  lang: Lang,
  ui: UiText,
  from: string,
  event: ChoiceEvent,
) {
  await waitFor(() =>
    expect(document.querySelector('main')?.getAttribute('data-state')).toBe(from),
  );
  const heading = guide.content[lang].states[from]!.heading;
  const group = await screen.findByRole('group', { name: heading });
  await user.click(
    within(group).getByRole('button', { name: choiceLabel(guide.content[lang], ui, from, event) }),
  );
}

describe('practice mode', () => {
  it('trainee Li runs “possible key exposure” with one wrong and one unsafe choice', async () => {
    const lang: Lang = 'en';
    const { ui, user, storage } = await setup(lang);
    const p = practiceText[lang];
    const guide = await faultById('keyError')!.load();
    const scenario = scenarioById('keyError-exposure')!;

    // The trainer opens practice from the home screen.
    await user.click(screen.getByRole('link', { name: ui.home.practice }));
    await screen.findByRole('heading', { level: 1, name: p.heading });
    expect(screen.getByRole('region', { name: p.bannerLabel }).textContent).toContain(p.banner);

    // No name yet: asked for first.
    await user.click(screen.getByRole('button', { name: scenario.title.en }));
    expect((await screen.findByRole('alert')).textContent).toBe(p.traineeMissing);
    await user.type(screen.getByRole('textbox', { name: p.traineeLabel }), 'Li');
    await user.click(screen.getByRole('button', { name: scenario.title.en }));

    // The first step, beside the simulated terminal showing the scenario's screen.
    await waitFor(() =>
      expect(document.querySelector('main')?.getAttribute('data-state')).toBe('screen'),
    );
    const terminal = screen.getByRole('complementary', { name: p.terminal.label });
    expect(terminal.textContent).toContain('密钥错误，请重新启动客户端');
    expect(screen.getByRole('region', { name: p.bannerLabel }).textContent).toContain(
      format(p.traineeIs, { name: 'Li' }),
    );
    // The terminal reacts to a restart as the scenario says (same screen: no fix there).
    // The terminal's actions are folded under one summary; opened, they stay open.
    await user.click(within(terminal).getByText(p.terminal.actionsLabel));
    await user.click(within(terminal).getByRole('button', { name: p.terminal.restart }));
    expect(terminal.textContent).toContain(p.terminal.afterRestart);
    expect(terminal.textContent).toContain(p.terminal.sameAgain);

    // 1. Wrong, not a safety check: the screen says 密钥错误, the trainee picks A0.
    await answerStep(user, guide, lang, ui, 'screen', 'screen.a0');
    // 2. Unsafe: the scene shows a tampered slot; "No" keeps taking cards on an exposed key.
    await waitFor(() =>
      expect(screen.getByRole('complementary', { name: p.terminal.label }).textContent).toContain(
        'fresh scratch',
      ),
    );
    await answerStep(user, guide, lang, ui, 'exposure', 'answer.no');
    // Then right answers, as the terminal shows them, along the path the machine now takes.
    await answerStep(user, guide, lang, ui, 'wasCharged', 'answer.no');
    await answerStep(user, guide, lang, ui, 'signIn', 'fixed.no');
    await answerStep(user, guide, lang, ui, 'restart', 'fixed.no');
    await answerStep(user, guide, lang, ui, 'scamCall', 'answer.no');
    await answerStep(user, guide, lang, ui, 'network', 'answer.yes');
    await answerStep(user, guide, lang, ui, 'environment', 'answer.no');
    await answerStep(user, guide, lang, ui, 'update', 'fixed.no');

    // The debrief.
    const h1 = await screen.findByRole('heading', {
      level: 1,
      name: format(p.debrief.headingFor, { title: scenario.title.en }),
    });
    await waitFor(() => expect(document.activeElement).toBe(h1));
    expect(screen.getByText(format(p.debrief.outOf, { score: 25 }))).toBeVisible();
    expect(screen.getByText(scenario.rootCause.en)).toBeVisible();
    expect(screen.getByText(format(p.debrief.unsafe, { n: 1 }))).toBeVisible();
    expect(screen.getByText(format(p.debrief.wrong, { n: 2 }))).toBeVisible();

    const steps = within(screen.getByRole('list', { name: p.debrief.stepsHeading })).getAllByRole(
      'listitem',
    );
    expect(steps).toHaveLength(10); // nine answers and the end
    const text = guide.content.en;
    const [first, second, third] = steps as [HTMLElement, HTMLElement, HTMLElement];
    expect(first.className).toBe('is-wrong');
    expect(first.textContent).toContain(`✗ ${p.debrief.wrongMark}`);
    expect(first.textContent).toContain(
      `${p.debrief.answered}${choiceLabel(text, ui, 'screen', 'screen.a0')}`,
    );
    expect(first.textContent).toContain(
      `${p.debrief.recommended}${choiceLabel(text, ui, 'screen', 'screen.keyError')}`,
    );
    expect(first.textContent).toContain('「密钥错误，请重新启动客户端」');
    expect(second.className).toBe('is-unsafe');
    expect(second.textContent).toContain(`⚠ ${p.debrief.unsafeMark}`);
    expect(second.textContent).toContain(`${p.debrief.answered}${ui.step.choices['answer.no']}`);
    expect(second.textContent).toContain(
      `${p.debrief.recommended}${ui.step.choices['answer.yes']}`,
    );
    expect(second.textContent).toContain(p.unsafeKinds.keyExposure);
    expect(third.className).toBe('is-right');
    expect(steps.filter((li) => li.className !== 'is-right')).toHaveLength(3); // + the wrong end
    // The guide as a flowchart, generated from the machine, with the trainee's path.
    const chart = screen.getByRole('region', { name: p.debrief.flowchartHeading });
    expect(chart.querySelectorAll('.fc-node')).toHaveLength(
      Object.keys(guide.machine.root.states).length,
    );
    expect(chart.querySelector('[data-state="exposure"]')?.getAttribute('class')).toContain(
      'fc-path',
    );
    expect(chart.querySelector('[data-state="stopCards"]')?.getAttribute('class')).not.toContain(
      'fc-path',
    );

    // The trainer view lists the run.
    await user.click(screen.getByRole('button', { name: p.trainerView }));
    await screen.findByRole('heading', { level: 1, name: p.trainer.heading });
    const runs = await screen.findByRole('list', { name: new RegExp(p.trainer.runsHeading) });
    const card = within(runs).getByRole('listitem');
    expect(card.textContent).toContain('Li');
    expect(card.textContent).toContain(scenario.title.en);
    expect(card.textContent).toContain('25 / 100');
    expect(within(card).getByText('1')).toBeVisible(); // one unsafe choice
    // Per scenario: the step most trainees missed (the first, on a tie).
    expect(
      await screen.findByText(
        (_, el) =>
          el?.tagName === 'P' &&
          Boolean(
            el.textContent?.includes(
              format(p.trainer.mostMissed, { step: text.states.screen!.heading, n: 1, total: 1 }),
            ),
          ),
      ),
    ).toBeVisible();

    // Practice never reaches the incidents table.
    expect(await storage.incidents.listAll()).toEqual([]);
    expect(await storage.db!.incidents.count()).toBe(0);
    const stored = await storage.db!.practiceRuns.toArray();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      trainee: 'Li',
      scenarioId: 'keyError-exposure',
      status: 'finished',
      endState: 'escalatedNewKey',
      result: { score: 25, wrongAnswers: 2, unsafe: ['keyExposure'] },
    });
  });

  it('the trainer imports runs from another phone, refuses a bad file, and clears all', async () => {
    const { user, storage } = await setup('zh', '/practice/trainer');
    const t = practiceText.zh.trainer;
    await screen.findByRole('heading', { level: 1, name: t.heading });
    await screen.findByText(t.noRuns);
    const input = screen.getByLabelText(t.importLabel);

    const T0 = Date.UTC(2025, 4, 6, 9, 0);
    const good = runsFileText(
      [
        {
          id: 'other-phone-1',
          scenarioId: 'securityLock-tamper',
          fault: 'securityLock',
          guideVersion: 1,
          trainee: '王芳',
          startedAt: T0,
          updatedAt: T0 + 30_000,
          endedAt: T0 + 30_000,
          status: 'finished',
          endState: 'escalatedTamper',
          log: [
            { from: 'screen', event: 'screen.alertIrruption', at: T0 + 10_000 },
            { from: 'stopUsing', event: 'next', at: T0 + 30_000 },
          ],
          result: {
            score: 100,
            reachedExpectedEnd: true,
            stepsTaken: 2,
            shortestSteps: 2,
            wrongAnswers: 0,
            unsafe: [],
            durationMs: 30_000,
          },
        },
      ],
      T0 + 60_000,
    );
    await user.upload(input, new File([good], 'runs.json', { type: 'application/json' }));
    expect(
      (
        await screen.findByText(format(t.imported, { added: 1, updated: 0, skipped: 0 }))
      ).getAttribute('role'),
    ).toBe('status');
    const card = (await screen.findAllByText('王芳')).find((el) => el.closest('.run-card'))!;
    expect(card.closest('li')?.textContent).toContain(
      scenarioById('securityLock-tamper')!.title.zh,
    );
    // The overview's grid has the trainee's row with the scenario's score.
    const row = document.querySelector('tr[data-trainee="王芳"]')!;
    expect(row.querySelector('td[data-scenario="securityLock-tamper"]')?.textContent).toBe(
      '最高 100 · 最近 100 · 1 次',
    );

    // A hostile file: refused with a clear message; nothing changes.
    const hostile = good.replace('"trainee": "王芳"', '"trainee": "王芳", "__proto__": {"x": 1}');
    await user.upload(input, new File([hostile], 'runs.json', { type: 'application/json' }));
    expect((await screen.findByRole('alert')).textContent).toBe(t.importErrors.hostile);
    expect(await storage.db!.practiceRuns.count()).toBe(1);

    // Clear all asks first.
    await user.click(screen.getByRole('button', { name: t.clearAll }));
    await user.click(
      within(screen.getByRole('group', { name: t.clearConfirm })).getByRole('button', {
        name: t.clearAll,
      }),
    );
    await screen.findByText(t.noRuns);
    expect(await storage.db!.practiceRuns.count()).toBe(0);
  });
});
