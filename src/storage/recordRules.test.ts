import { describe, expect, it } from 'vitest';
import { faults } from '../faults/registry';
import type { StepMeta } from '../faults/types';
import {
  isAnswerId,
  isGuideEvent,
  isRecordId,
  isSaneTime,
  isShowableIncident,
  isShowableLookup,
  isShowableTime,
  isStateId,
} from './recordRules';
import { containsCardData } from '../rules/cardGuard';
import { incident, lookup } from './testUtils';

describe('record rules', () => {
  it('accept every state id and event of every real guide (the vocabulary follows the machines)', async () => {
    for (const entry of faults) {
      const guide = await entry.load();
      for (const [id, node] of Object.entries(guide.machine.root.states)) {
        expect(isStateId(id), `${entry.id}.${id}`).toBe(true);
        const meta = (node as { meta?: StepMeta }).meta;
        for (const event of meta && meta.kind !== 'end' ? meta.choices : []) {
          expect(isGuideEvent(event), `${entry.id}.${id}: ${event}`).toBe(true);
        }
      }
    }
    expect(isGuideEvent('back')).toBe(true);
  });

  it('refuse names that look things up on Object, card numbers and odd events', () => {
    for (const bad of ['__proto__', 'constructor', 'toString', 'x4111111111111111y', '1abc', '']) {
      expect(isStateId(bad), bad).toBe(false);
    }
    for (const bad of [
      'screen.__proto__',
      'screen.constructor',
      'answer.maybe',
      'screen.a4111111111111111',
      '<script>',
    ]) {
      expect(isGuideEvent(bad), bad).toBe(false);
    }
    for (const bad of [
      '4111111111111111',
      'x4111111111111111',
      'inc 1',
      '__proto__',
      'a'.repeat(101),
    ]) {
      expect(isRecordId(bad, containsCardData), bad).toBe(false);
    }
    // Generated UUIDs pass whatever their hex digits read like; short ids of tests and old versions too.
    expect(isRecordId('41111111-1111-4111-8111-111111111111', containsCardData)).toBe(true);
    expect(isRecordId('inc-1', containsCardData)).toBe(true);
  });

  it('times: what Date can show on screen, and what an import calls sane', () => {
    expect(isShowableTime(8.64e15)).toBe(true);
    expect(isShowableTime(8.64e15 + 1)).toBe(false);
    expect(isShowableTime(Number.POSITIVE_INFINITY)).toBe(false);
    expect(isSaneTime(Date.UTC(2026, 0, 1))).toBe(true);
    for (const bad of [-1, 1e16, 9e15, 1e300, Date.UTC(2200, 0, 2)])
      expect(isSaneTime(bad)).toBe(false);
  });

  it('an incident a screen cannot show is told apart from one it can', () => {
    expect(isShowableIncident(incident())).toBe(true);
    expect(isShowableIncident(incident({ startedAt: 1e16 }))).toBe(false);
    expect(
      isShowableIncident(
        incident({ log: [{ from: 'screen', event: '__proto__' as 'next', at: 1 }] }),
      ),
    ).toBe(false);
    expect(isShowableIncident(incident({ fault: 'paperJam' as 'keyError' }))).toBe(false);
    expect(
      isShowableIncident(
        incident({
          log: Array.from({ length: 100_000 }, () => ({
            from: 'screen',
            event: 'next' as const,
            at: 1,
          })),
        }),
      ),
    ).toBe(false);
    expect(isShowableIncident(null)).toBe(false);
  });
});

describe('lookup rules', () => {
  it('answer ids: codes, messages, guides of the registry, the three asks and none', () => {
    for (const id of [
      'code:51',
      'code:A0',
      'msg:paperOut',
      'guide:keyError',
      'ask:card',
      'ask:terminal',
      'ask:network',
      'none',
    ]) {
      expect(isAnswerId(id), id).toBe(true);
    }
    for (const bad of [
      'code:4111111111111111',
      'code:51;x',
      'msg:constructor',
      'msg:__proto__',
      'guide:paperJam',
      'guide:constructor',
      'ask:pin',
      '',
      51,
      null,
    ]) {
      expect(isAnswerId(bad), String(bad)).toBe(false);
    }
  });

  it('a showable lookup: its fields, their limits, its times', () => {
    expect(isShowableLookup(lookup())).toBe(true);
    expect(isShowableLookup(lookup({ q: '' }))).toBe(true);
    for (const bad of [
      { id: '' },
      { q: 'x'.repeat(201) },
      { close: Array(11).fill('code:51') },
      { close: 'code:51' },
      { at: Number.NaN },
      { updatedAt: 8.64e15 + 1 },
      { lang: 'fr' },
      { answer: 'toString' },
    ]) {
      expect(isShowableLookup({ ...lookup(), ...bad }), JSON.stringify(bad)).toBe(false);
    }
    expect(isShowableLookup(null)).toBe(false);
    expect(isShowableLookup([])).toBe(false);
  });
});
