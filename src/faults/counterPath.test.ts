/**
 * Issue 10's counter-path goals, on every answer path of every guide (walked with xstate/graph):
 * the first instruction within 3 questions on the most common cause and within 4 on every path;
 * at most one call to the provider, after every look-only check; a progress indicator that never
 * grows and never moves back. Issue 19's, measured on the cause itself: each remedy that fixes
 * the most common cause (`commonCause`) within 3 questions, in the guide's order.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { keyErrorGuideV5 } from '../../tests/fixtures/keyError.v5';
import { pinEntryGuideV4 } from '../../tests/fixtures/pinEntry.v4';
import { securityLockGuideV3 } from '../../tests/fixtures/securityLock.v3';
import { faults } from './registry';
import type { FaultId, Guide } from './types';
import {
  callsProvider,
  causeRemedies,
  everyPath,
  progressAlong,
  providerCalls,
  questionsBeforeInstruction,
  type PathStep,
} from './shared/guidePaths.testkit';

/** Checks the merchant does by looking, which must come before any call. */
const LOOK_ONLY = ['lookChecks', 'network', 'shopOnline', 'hardwareCheck', 'environment'];

const guides = new Map<FaultId, { guide: Guide; paths: PathStep[][] }>();
beforeAll(async () => {
  for (const f of faults) {
    const guide = await f.load();
    guides.set(f.id, { guide, paths: everyPath(guide) });
  }
});

describe.each(faults.map((f) => f.id))('guide %s, on every answer path', (id) => {
  it('reaches its first instruction within 4 questions', () => {
    const { paths } = guides.get(id)!;
    expect(paths.length).toBeGreaterThan(10);
    for (const p of paths) {
      expect(questionsBeforeInstruction(p), p.map((s) => s.state).join(' → ')).toBeLessThanOrEqual(
        4,
      );
    }
  });

  it('reaches its first instruction within 3 questions on the most common cause', () => {
    const { guide, paths } = guides.get(id)!;
    const common = paths.filter((p) => p[0]!.event === guide.commonCause.firstAnswer);
    expect(common.length).toBeGreaterThan(0);
    // The common cause's own way: every check answered "no" (nothing else found). A guide whose
    // first aid comes after one check already (communication failure) has a remedy in there.
    const plain = common.filter((p) =>
      p
        .slice(1, 3)
        .filter((s) => s.meta.kind === 'question')
        .every((s) => s.event === 'answer.no'),
    );
    expect(plain.length).toBeGreaterThan(0);
    for (const p of plain) expect(questionsBeforeInstruction(p)).toBeLessThanOrEqual(3);
  });

  it('reaches every remedy of its most common cause within 3 questions, in order', () => {
    const { guide } = guides.get(id)!;
    const found = causeRemedies(guide);
    expect(found.length).toBeGreaterThan(0);
    found.forEach((r, i) => {
      const remedy = guide.commonCause.remedies[i]!;
      expect(r, `${remedy} is reached`).not.toBeNull();
      expect(r!.questions, r!.path.join(' → ')).toBeLessThanOrEqual(3);
      // The earlier remedies of the cause come first on its way (restart, then sign-in).
      for (const earlier of guide.commonCause.remedies.slice(0, i))
        expect(r!.path, `${earlier} before ${remedy}`).toContain(earlier);
    });
  });

  it('calls the provider at most once, after every look-only check it passes', () => {
    const { paths } = guides.get(id)!;
    for (const p of paths) {
      const route = p.map((s) => s.state).join(' → ');
      expect(providerCalls(p), route).toBeLessThanOrEqual(1);
      const firstCall = p.findIndex((s) => callsProvider(s.meta));
      if (firstCall === -1) continue;
      for (const look of p.slice(firstCall)) expect(LOOK_ONLY, route).not.toContain(look.state);
    }
  });

  it('shows progress that never grows and never moves back', () => {
    const { guide, paths } = guides.get(id)!;
    for (const p of paths) {
      const progress = progressAlong(guide, p);
      for (let i = 1; i < progress.length; i++) {
        const [n0, total0] = progress[i - 1]!;
        const [n1, total1] = progress[i]!;
        expect(total1, p.map((s) => s.state).join(' → ')).toBeLessThanOrEqual(total0);
        expect(n1 / total1).toBeGreaterThan(n0 / total0);
      }
    }
  });
});

describe('the same measure on the guides before guides v3 (frozen fixtures)', () => {
  it('was over 3 where the review found it: the reset call 6 questions in, the sign-in 5', () => {
    const questions = (g: Guide) => causeRemedies(g).map((r) => r?.questions ?? null);
    expect(questions(securityLockGuideV3)).toEqual([6]);
    expect(questions(keyErrorGuideV5)).toEqual([3, 5]);
    // Cancel-and-restart did not exist.
    expect(questions(pinEntryGuideV4)).toEqual([3, null]);
  });
});
