/**
 * The runner every machine test shares (test code only; the file name keeps Vitest from
 * collecting it). A guide's test writes its expected graph as a table — every state, how to
 * reach it, its meta, tags and transitions — and these functions turn it into "when in X, on Y
 * → Z" tests, check the table covers the whole machine, and check the safety rules every guide
 * keeps.
 */
import { describe, expect, it } from 'vitest';
import type { ChoiceEvent, Guide, StepMeta } from '../types';
import {
  choicesOf,
  initialSnapshot,
  isDone,
  metaOf,
  next,
  stateId,
  stateIds,
  type Snapshot,
} from '../engine';
import type { StateCase } from './safetySteps.cases';

export interface EndCase {
  via: ChoiceEvent[];
  meta: StepMeta;
  tags: string[];
}

/** Answers from the first question, through the pure engine. */
export function walker(guide: Guide): (events: readonly ChoiceEvent[]) => Snapshot {
  return (events) => events.reduce((s, e) => next(guide, s, e), initialSnapshot(guide));
}

export function describeStateTable(
  guide: Guide,
  cases: Record<string, StateCase>,
  ends: Record<string, EndCase>,
): void {
  const walk = walker(guide);
  for (const [id, c] of Object.entries(cases)) {
    describe(`when in ${id}`, () => {
      it('is reached by the listed answers', () => {
        expect(stateId(walk(c.via))).toBe(id);
      });

      it(`is a ${c.meta.kind} step with the expected meta and tags`, () => {
        const s = walk(c.via);
        expect(metaOf(guide, s)).toEqual(c.meta);
        expect([...s.tags].sort()).toEqual([...c.tags].sort());
        if (c.meta.kind !== 'end') expect(choicesOf(guide, s)).toEqual(c.meta.choices);
      });

      for (const [event, target, via] of c.on) {
        const after = via ? ` (after ${via.join(', ')})` : '';
        it(`on ${event}${after} → ${target}`, () => {
          const s = walk(via ?? c.via);
          expect(stateId(s)).toBe(id);
          expect(stateId(next(guide, s, event))).toBe(target);
        });
      }
    });
  }

  for (const [id, e] of Object.entries(ends)) {
    describe(`when in ${id}`, () => {
      it(`is a final ${e.meta.kind === 'end' ? e.meta.outcome : ''} end with the expected meta and tags`, () => {
        const s = walk(e.via);
        expect(stateId(s)).toBe(id);
        expect(isDone(s)).toBe(true);
        expect(metaOf(guide, s)).toEqual(e.meta);
        expect([...s.tags].sort()).toEqual([...e.tags].sort());
        expect(choicesOf(guide, s)).toEqual([]);
      });
    });
  }

  describe('the table above', () => {
    it('covers every state of the machine', () => {
      expect([...Object.keys(cases), ...Object.keys(ends)].sort()).toEqual(stateIds(guide).sort());
    });

    it('lists every transition of the machine, each guarded branch once, with the same target', () => {
      for (const [id, c] of Object.entries(cases)) {
        const node = guide.machine.root.states[id] as unknown as {
          transitions: Map<string, { target?: { key: string }[] }[]>;
        };
        const actual = [...node.transitions].flatMap(([event, defs]) =>
          defs.map((d) => `${event} → ${d.target?.[0]?.key}`),
        );
        expect(c.on.map(([e, t]) => `${e} → ${t}`).sort(), id).toEqual(actual.sort());
      }
    });
  });
}

/** Every state reached from the first question, in every context, never entering wasCharged. */
function reachedWithoutChargeCheck(guide: Guide): Set<string> {
  const reached = new Set<string>();
  const seen = new Set<string>();
  const queue: Snapshot[] = [initialSnapshot(guide)];
  while (queue.length > 0) {
    const s = queue.shift()!;
    const key = stateId(s) + JSON.stringify(s.context);
    if (seen.has(key)) continue;
    seen.add(key);
    reached.add(stateId(s));
    for (const e of choicesOf(guide, s)) {
      const n = next(guide, s, e);
      if (stateId(n) !== 'wasCharged') queue.push(n);
    }
  }
  return reached;
}

/** The targets of one event of a state, every guarded branch. */
function targetsOf(guide: Guide, id: string, event: string): string[] {
  const node = guide.machine.root.states[id] as unknown as {
    transitions: Map<string, { target?: { key: string }[] }[]>;
  };
  return (node.transitions.get(event) ?? []).map((d) => d.target?.[0]?.key ?? '');
}

/**
 * No remedy that retries a card is reachable without passing "was the customer charged?": walks
 * the graph in every context from the first question, never entering wasCharged. The stop-card
 * remedies are reachable before it by design (they never charge anyone). So is a `sameSale`
 * remedy: it works inside the customer's own sale still waiting for the PIN (nothing has gone to
 * the bank, so nothing can be charged twice), and when it does not fix it, the charge check comes
 * next, before the sale is left or started again. `atLeast`: how many retrying remedies the guide
 * has at the least (so an empty filter cannot pass).
 */
export function itAsksAboutTheChargeFirst(
  guide: Guide,
  stopCards: string[],
  atLeast: number,
  sameSale: string[] = [],
): void {
  it('no remedy that retries a card is reachable without passing "was the customer charged?"', () => {
    const reached = reachedWithoutChargeCheck(guide);
    const remedies = stateIds(guide).filter((id) => {
      const meta = (guide.machine.root.states[id] as unknown as { meta: StepMeta }).meta;
      return meta.kind === 'remedy' && !stopCards.includes(id) && !sameSale.includes(id);
    });
    expect(remedies.length).toBeGreaterThanOrEqual(atLeast);
    for (const id of remedies) expect(reached.has(id), id).toBe(false);
    for (const id of stopCards) expect(reached.has(id), id).toBe(true);
    for (const id of sameSale) {
      expect(reached.has(id), id).toBe(true);
      for (const event of ['fixed.no', 'tried'])
        expect(targetsOf(guide, id, event), `${id} ${event}`).toEqual(['wasCharged']);
    }
  });
}

/**
 * The same rule for a guide whose fault takes no card until it is fixed (a security lock): the
 * charge check comes once the terminal works again, before the next card. Walking the graph in
 * every context without entering wasCharged: `resolved` (nor `resolvedTellProvider`) is never
 * reached, the stop-card remedies are, and no remedy reached proves its fix with a card sale (its
 * "what fixed looks like", in both languages, names no card, sale or payment). `atLeast`: how
 * many remedies come before the charge check at the least (so an empty filter cannot pass).
 */
export function itAsksAboutTheChargeBeforeTheNextCard(
  guide: Guide,
  stopCards: string[],
  atLeast: number,
): void {
  it('no way to "fixed" skips "was the customer charged?", and no remedy before it takes a card', () => {
    const reached = reachedWithoutChargeCheck(guide);
    expect(reached.has('wasCharged')).toBe(false);
    expect(reached.has('resolved')).toBe(false);
    expect(reached.has('resolvedTellProvider')).toBe(false);
    for (const id of stopCards) expect(reached.has(id), id).toBe(true);
    const remedies = [...reached].filter((id) => {
      const node = guide.machine.root.states[id] as unknown as { meta: StepMeta; tags: string[] };
      // A stop (the listed ones, a scam report) charges nobody and says no "fixed".
      return node.meta.kind === 'remedy' && !node.tags.includes('stopCardPayments');
    });
    expect(remedies.length).toBeGreaterThanOrEqual(atLeast);
    for (const id of remedies) {
      for (const lang of ['zh', 'en'] as const) {
        const fixed = guide.content[lang].states[id]?.fixedLooksLike;
        expect(fixed, `${lang}: ${id}`).toBeTruthy();
        expect(fixed, `${lang}: ${id}`).not.toMatch(/刷卡|交易|收款|card|sale|payment/i);
      }
    }
  });
}

/** A merchant who already gave a scammer something stops taking cards and cannot end "fixed". */
export function itStopsCardsAfterAScam(guide: Guide, toScamGaveInfo: ChoiceEvent[]): void {
  it('a merchant who already gave a scammer something stops taking cards and cannot end "fixed"', () => {
    const walk = walker(guide);
    for (const answer of ['answer.yes', 'answer.unsure'] as const) {
      const report = walk([...toScamGaveInfo, answer]);
      expect(stateId(report)).toBe('scamReport');
      expect(report.hasTag('stopCardPayments')).toBe(true);
      expect(choicesOf(guide, report)).toEqual(['next']);
      const end = next(guide, report, 'next');
      expect(stateId(end)).toBe('escalatedScam');
      expect(end.hasTag('stopCardPayments')).toBe(true);
    }
  });
}
