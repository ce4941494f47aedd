/**
 * Issue 19's "done when", tried as a new user would, through the real App in both languages:
 * from home, by tapping the buttons the screens show (found by their labels), checking what is
 * in view at each step (never behind "more").
 */
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setup } from '../app/screen.testkit';
import { faults } from '../faults/registry';
import type { ChoiceEvent, Lang } from '../faults/types';
import { closeTestStorages } from '../infra/services.testkit';
import { choiceLabel } from '../i18n/runText';

afterEach(() => {
  closeTestStorages();
  localStorage.clear();
});

const shown = () => document.querySelector('main')?.getAttribute('data-state');

/** Lines of the step in view: heading and body, outside any closed "more". */
function inView(): string {
  const main = screen.getByRole('main');
  return [...main.querySelectorAll('h1, p, li')]
    .filter((el) => !el.closest('details') && !el.closest('.visually-hidden'))
    .map((el) => el.textContent ?? '')
    .join('\n');
}

async function start(lang: Lang, index: number) {
  const entry = faults[index]!;
  const guide = await entry.load();
  const { ui, user } = await setup(lang);
  await user.click(screen.getByRole('link', { name: new RegExp(entry.title[lang]) }));
  const tap = async (from: string, event: ChoiceEvent) => {
    await waitFor(() => expect(shown()).toBe(from));
    const text = guide.content[lang].states[from]!;
    const group = screen.getByRole('group', { name: text.heading });
    await user.click(
      within(group).getByRole('button', {
        name: choiceLabel(guide.content[lang], ui, from, event),
      }),
    );
  };
  return { guide, ui, tap };
}

const indexOf = (id: string) => faults.findIndex((f) => f.id === id);

describe.each(['zh', 'en'] as Lang[])('guides v3, tried as a new user (%s)', (lang) => {
  it('a security lock from wrong passwords: told to stop trying, at the reset call by the third answer', async () => {
    const { guide, ui, tap } = await start(lang, indexOf('securityLock'));
    const says = (id: string) => guide.content[lang].states[id]!;
    await tap('screen', 'screen.securityLock');
    await tap('tamperCheck', 'answer.no');
    await waitFor(() => expect(shown()).toBe('wrongPasswords'));
    const stopTrying = says('wrongPasswords').body!.find((l) => /别再试|Stop trying/.test(l));
    expect(stopTrying).toBeDefined();
    expect(inView()).toContain(stopTrying!);
    await tap('wrongPasswords', 'answer.yes');
    await waitFor(() => expect(shown()).toBe('passwordReset'));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      says('passwordReset').heading,
    );
    // What to have ready is in view on the call.
    const ready = screen.getByRole('region', { name: ui.step.ready });
    expect(ready.closest('details')).toBeNull();
    for (const item of says('passwordReset').ready!) expect(within(ready).getByText(item));
  });

  it('the terminal shows failed, the customer’s SMS a debit: never "already paid"', async () => {
    const { guide, ui, tap } = await start(lang, indexOf('keyError'));
    const says = (id: string) => guide.content[lang].states[id]!;
    await tap('screen', 'screen.keyError');
    await tap('exposure', 'answer.no');
    await waitFor(() => expect(shown()).toBe('wasCharged'));
    // In view: the terminal's record settles it, an SMS does not, and a debit is reversed.
    for (const line of says('wasCharged').body!) expect(inView()).toContain(line);
    // No answer is "the bank / the SMS says charged": the one to "already paid" is the
    // terminal's success.
    for (const event of ['answer.yes', 'answer.no', 'answer.unsure'] as const)
      expect(choiceLabel(guide.content[lang], ui, 'wasCharged', event)).not.toMatch(
        /SMS|短信|bank|银行|charged|扣/i,
      );
    await tap('wasCharged', 'answer.no');
    await waitFor(() => expect(shown()).toBe('restart'));
  });

  it('cannot see the last sale: a way on, the customer pays another way', async () => {
    const { guide, tap } = await start(lang, indexOf('keyError'));
    await tap('screen', 'screen.keyError');
    await tap('exposure', 'answer.no');
    await tap('wasCharged', 'answer.unsure');
    await waitFor(() => expect(shown()).toBe('checkCharge'));
    expect(inView()).toContain(guide.content[lang].states.checkCharge!.body![0]!);
    await tap('checkCharge', 'next');
    await waitFor(() => expect(shown()).toBe('restart'));
  });

  it('a PIN pad that ignores keys: the clear key, then cancel and restart, before any repair', async () => {
    const { guide, ui, tap } = await start(lang, indexOf('pinEntry'));
    const seen: string[] = [];
    const step = async (from: string, event: ChoiceEvent) => {
      seen.push(from);
      await tap(from, event);
    };
    await step('screen', 'screen.keys');
    await step('tamperCheck', 'answer.no');
    await step('clearKey', 'fixed.no');
    // The sale is left here, and checked, before one is started again. In view: the reprint is
    // the last successful sale (often the previous customer's), not this one; and "not in the
    // record", the usual case here (the sale never reached the bank), is the answer that goes on.
    await waitFor(() => expect(shown()).toBe('wasCharged'));
    const says = guide.content[lang].states.wasCharged!;
    expect(inView()).toContain(says.body![0]!);
    expect(says.body![0]).toMatch(/重打印末笔/);
    expect(choiceLabel(guide.content[lang], ui, 'wasCharged', 'answer.no')).toMatch(
      /记录里没有|not in the record/,
    );
    await step('wasCharged', 'answer.no');
    await waitFor(() => expect(shown()).toBe('cancelRestart'));
    expect(seen).toEqual(['screen', 'tamperCheck', 'clearKey', 'wasCharged']);
  });

  it('"not sure" about tampering, nothing seen in the look: on to the cheap remedies, no replacement', async () => {
    const { guide, ui, tap } = await start(lang, indexOf('securityLock'));
    await tap('screen', 'screen.securityLock');
    await tap('tamperCheck', 'answer.unsure');
    await waitFor(() => expect(shown()).toBe('lookCheck'));
    expect(inView()).toContain(guide.content[lang].states.lookCheck!.body![2]!);
    await tap('lookCheck', 'answer.unsure');
    await waitFor(() => expect(shown()).toBe('wrongPasswords'));
    expect(screen.getByRole('main').querySelector('h1')?.className).not.toBe('stop');
    // Fixed on the way: the end asks, in view, to send the provider the record (the look said so).
    await tap('wrongPasswords', 'answer.yes');
    await tap('passwordReset', 'fixed.yes');
    await tap('wasCharged', 'answer.no');
    await waitFor(() => expect(shown()).toBe('resolvedTellProvider'));
    expect(inView()).toContain(guide.content[lang].states.resolvedTellProvider!.body![1]!);
    expect(await screen.findByRole('region', { name: ui.report.title })).toBeTruthy();
  });
  it('an end keeps its "more": the key may be exposed, and how to take payment meanwhile is one tap away', async () => {
    const { guide, ui, tap } = await start(lang, indexOf('keyError'));
    await tap('screen', 'screen.keyError');
    await tap('exposure', 'answer.yes');
    await tap('stopCards', 'next');
    await waitFor(() => expect(shown()).toBe('escalatedKeyExposed'));
    const more = guide.content[lang].states.escalatedKeyExposed!.more!;
    expect(more.length).toBeGreaterThan(0);
    const details = screen.getByText(ui.step.more).closest('details')!;
    for (const line of more) expect(within(details).getByText(line)).toBeTruthy();
  });
});
