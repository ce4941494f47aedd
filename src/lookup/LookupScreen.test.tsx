/**
 * The lookup page through the real App (Testing Library): whose problem first, what to do, the
 * terminal's words, the button into a guide with its first answer chosen, close answers side by
 * side with the words that matched, and the heading taking the focus.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setup } from '../app/screen.testkit';
import { faultById } from '../faults/registry';
import type { Lang } from '../faults/types';
import { closeTestStorages, openTestServices } from '../infra/services.testkit';
import { dumpDatabase } from '../storage/testUtils';
import { lookupTextEn } from './lookup.text.en';
import { lookupTextZh } from './lookup.text.zh';
import { responseCodes } from './responseCodes';

afterEach(() => {
  closeTestStorages();
  localStorage.clear();
});

describe.each<Lang>(['en', 'zh'])('in %s', (lang) => {
  const t = lang === 'zh' ? lookupTextZh : lookupTextEn;

  /** The main answer's section for a search, found by its heading. */
  async function answerFor(q: string, heading: string | RegExp): Promise<HTMLElement> {
    await setup(lang, `/lookup?q=${encodeURIComponent(q)}`);
    return (await screen.findByRole('heading', { level: 1, name: heading })).closest('section')!;
  }

  it('a tamper alarm in English says whose it is and opens the lock guide at its stop', async () => {
    const { user } = await setup(lang, '/lookup?q=TAMPERED');
    const heading = await screen.findByRole('heading', {
      level: 1,
      name: t.messages.tampered.title,
    });
    const answer = heading.closest('section')!;
    expect(within(answer).getByText(t.whose.provider.label)).toBeVisible();
    for (const line of t.messages.tampered.lines)
      expect(within(answer).getByText(line)).toBeVisible();
    const lock = faultById('securityLock')!;
    await user.click(
      within(answer).getByRole('link', { name: `${t.openGuide}: ${lock.title[lang]}` }),
    );
    const guide = await lock.load();
    // The first answer (the tamper alarm) is chosen: the guide opens at its stop.
    await screen.findByRole('heading', {
      level: 1,
      name: guide.content[lang].states.stopUsing!.heading,
    });
  });

  it('two close answers are shown side by side, each with the words that matched', async () => {
    await setup(lang, `/lookup?q=${encodeURIComponent('重复交易')}`);
    await screen.findByRole('heading', { level: 1 });
    const also = screen.getByRole('region', { name: t.alsoClose });
    expect(
      within(also).getByRole('heading', { level: 3, name: t.messages.duplicate.title }),
    ).toBeVisible();
    expect(screen.getAllByText(`${t.matched}${t.colon}重复交易`)).toHaveLength(2);
  });

  it('traditional characters find the same answer as simplified ones', async () => {
    await setup(lang, `/lookup?q=${encodeURIComponent('POS機上面顯示已鎖定')}`);
    const lock = faultById('securityLock')!;
    await screen.findByRole('heading', { level: 1, name: lock.title[lang] });
    const card = screen.getAllByRole('link').find((l) => l.className === 'fault-card');
    expect(card).toHaveAttribute('href', '/guide/securityLock');
  });

  it('a "pick up" code heads the page with what the bank did, never with taking the card', async () => {
    await setup(lang, '/lookup?q=41');
    const row = responseCodes.find((r) => r.code === '41')!;
    const heading = await screen.findByRole('heading', { level: 1, name: /^41/ });
    expect(heading).toHaveTextContent(
      lang === 'zh' ? '41 银行拒绝了这张卡' : '41: The bank refused this card',
    );
    expect(heading.textContent).not.toMatch(/没收|pick.?up|keep/i);
    // The table's meaning follows (quoted in Chinese), and the terminal's own words stay in their box.
    const meaning = lang === 'zh' ? `「${row.meaning.zh}」` : row.meaning.en;
    expect(screen.getByText(`${t.meaning}${t.colon}${meaning}`)).toBeVisible();
    expect(screen.getByText(`41 ${row.texts[0]}`)).toBeVisible();
    for (const line of t.advice.pickUp) expect(screen.getByText(line)).toBeVisible();
    // No English meaning (a heading, or the line under one) tells staff to take a card.
    expect(responseCodes.filter((r) => /pick.?up|keep the card/i.test(r.meaning.en))).toEqual([]);
  });

  it('a part payment (10) says the rest is still owed, never that the payment went through', async () => {
    const answer = await answerFor('10', /^10/);
    expect(within(answer).getByText(t.whose.partial.label)).toBeVisible();
    expect(within(answer).getByText(t.whose.partial.line)).toBeVisible();
    expect(within(answer).queryByText(t.whose.ok.line)).toBeNull();
    for (const line of t.advice.partial) expect(within(answer).getByText(line)).toBeVisible();
  });

  it('a card that cannot be read does not say the terminal is fine before "if other cards work"', async () => {
    const answer = await answerFor('读卡失败', t.messages.cardRead.title);
    expect(within(answer).getByText(t.whoseLine['msg:cardRead'])).toBeVisible();
    expect(within(answer).queryByText(t.whose.card.line)).toBeNull();
  });

  it('"charged twice" is answered as a possible double charge, not as the terminal\'s duplicate message', async () => {
    const answer = await answerFor('顾客说扣了两次', t.messages.chargedTwice.title);
    for (const line of t.messages.chargedTwice.lines)
      expect(within(answer).getByText(line)).toBeVisible();
    // Nothing the terminal shows: no "the terminal shows" box.
    expect(within(answer).queryByText(t.terminalShows)).toBeNull();
  });

  it('searching again from the answer moves the focus to the new answer’s heading', async () => {
    const { user } = await setup(lang, '/lookup?q=51');
    await screen.findByRole('heading', { level: 1, name: /^51/ });
    const box = screen.getByRole('searchbox', { name: t.searchAgain });
    await user.clear(box);
    await user.type(box, '54{Enter}');
    const next = await screen.findByRole('heading', { level: 1, name: /^54/ });
    await waitFor(() => expect(document.activeElement).toBe(next));
    expect(screen.getByText(t.whose.card.label)).toBeVisible();
    for (const line of t.advice.expired) expect(screen.getByText(line)).toBeVisible();
  });
});

describe('what was looked up is logged, after the answer has shown', () => {
  it('a card number typed into the search is never stored in clear, and the answer never waits for the write', async () => {
    const typed = '卡号 6222 0212 3456 7890 余额不足';
    const given = await openTestServices();
    // The lookup's write is held: the answer must show all the same.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const put = given.storage.lookups.put.bind(given.storage.lookups);
    const spy = vi
      .spyOn(given.storage.lookups, 'put')
      .mockImplementation(async (record) => held.then(() => put(record)));
    await setup('zh', `/lookup?q=${encodeURIComponent(typed)}`, given);
    await screen.findByRole('heading', { level: 1, name: /^51/ });
    await waitFor(() => expect(spy).toHaveBeenCalledTimes(1));
    expect(await given.storage.lookups.list()).toEqual([]);
    release();
    await waitFor(async () => expect(await given.storage.lookups.list()).toHaveLength(1));
    const [record] = await given.storage.lookups.list();
    expect(record).toMatchObject({ q: '卡号 •••• 7890 余额不足', answer: 'code:51', lang: 'zh' });
    const dump = await dumpDatabase(given.storage.db!);
    expect(dump).not.toMatch(/6222|3456/);
    expect(JSON.stringify(spy.mock.calls)).not.toMatch(/6222|3456/);
  });

  it('"nothing found" answered counts under what fails; the same search again is the same lookup', async () => {
    const { user, storage, services } = await setup('en', '/lookup?q=zzqx');
    await screen.findByRole('heading', { level: 1, name: lookupTextEn.none.heading });
    await user.click(screen.getByRole('button', { name: lookupTextEn.none.network }));
    await waitFor(async () =>
      expect((await storage.lookups.list()).map((l) => l.answer)).toEqual(['ask:network']),
    );
    // Searched again, typed a little differently: the same lookup, still answered.
    const save = vi.spyOn(services.lookups, 'save');
    const box = screen.getByRole('searchbox', { name: lookupTextEn.searchAgain });
    await user.type(box, ' {Enter}');
    await waitFor(() => expect(location.search).toBe('?q=zzqx%20'));
    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    expect(await services.lookups.flush()).toEqual({ ok: true });
    expect((await storage.lookups.list()).map((l) => [l.q, l.answer])).toEqual([
      ['zzqx', 'ask:network'],
    ]);
  });
});
