/**
 * The contract every guide in the registry must keep: graph properties (via xstate/graph),
 * complete text in both languages, and no phone number or web address outside the allow-list.
 */
import { describe, expect, it } from 'vitest';
import { getShortestPaths } from 'xstate/graph';
import { faults } from './registry';
import { everyPath } from './shared/guidePaths.testkit';
import type { ChoiceEvent, Guide, GuideText, Lang, LogEntry, StepMeta } from './types';
import {
  allChoiceEvents,
  back,
  choicesOf,
  guideFacts,
  initialSnapshot,
  metaOf,
  next,
  stateId,
  stateIds,
  type Snapshot,
} from './engine';
import { findWebAddress } from '../rules/webAddress';

const langs: Lang[] = ['zh', 'en'];

/** The meta of a state by id, if the state exists. */
function metaOfState(guide: Guide, id: string): StepMeta | undefined {
  return (guide.machine.root.states[id] as { meta?: StepMeta } | undefined)?.meta;
}

/**
 * Numbers a guide may name (DOMAIN.md): consumer hotline, PBoC hotline, China Mobile, the police
 * and the anti-fraud hotline (runs of 5+ digits are checked, so 110 needs no entry).
 */
const allowedNumbers = new Set(['12315', '12363', '10086', '96110']);

function allStrings(text: GuideText): string[] {
  const out: string[] = [text.title, text.terminalMessage, text.meaning];
  for (const s of Object.values(text.states)) {
    out.push(
      s.heading,
      ...(s.body ?? []),
      ...(s.more ?? []),
      ...(s.terminalText ?? []),
      ...(s.ready ?? []),
    );
    if (s.fixedLooksLike) out.push(s.fixedLooksLike);
    if (s.summary) out.push(s.summary);
    out.push(...Object.values(s.choices ?? {}).filter((v): v is string => typeof v === 'string'));
  }
  return out;
}

export function forbiddenContacts(s: string): string[] {
  const found: string[] = [];
  const url = findWebAddress(s);
  if (url) found.push(url);
  // Runs of 5+ digits, allowing the separators phone numbers use.
  for (const m of s.matchAll(/\d[\d\s-]{3,}\d/g)) {
    const digits = m[0].replace(/\D/g, '');
    if (digits.length >= 5 && !allowedNumbers.has(digits)) found.push(m[0]);
  }
  return found;
}

describe.each(faults.map((f) => [f.id, f] as const))('guide %s', (_id, entry) => {
  let guide: Guide;
  const load = async () => (guide ??= await entry.load());

  it('is flat, every state has meta, and finals are ends', async () => {
    const g = await load();
    for (const [id, node] of Object.entries(g.machine.root.states)) {
      const n = node as { type: string; meta?: StepMeta; states: object };
      expect(Object.keys(n.states), `${id} must be flat`).toHaveLength(0);
      expect(n.meta, `${id} has no meta`).toBeDefined();
      expect(n.type === 'final', `${id}: final ⇔ kind end`).toBe(n.meta?.kind === 'end');
    }
  });

  it('reaches every state from the start', async () => {
    const g = await load();
    const paths = getShortestPaths(g.machine, { events: allChoiceEvents(g) });
    const reached = new Set(paths.map((p) => stateId(p.state as Snapshot)));
    expect([...reached].sort()).toEqual(stateIds(g).sort());
  });

  it('from every reachable snapshot, an end (resolved or escalated) is reachable, and every step offers a choice', async () => {
    const g = await load();
    const events = allChoiceEvents(g);
    const paths = getShortestPaths(g.machine, { events });
    for (const p of paths) {
      const s = p.state as Snapshot;
      if (s.status === 'done') continue;
      expect(choicesOf(g, s).length, `${stateId(s)} is a dead end`).toBeGreaterThan(0);
      const onward = getShortestPaths(g.machine, { events, fromState: s });
      expect(
        onward.some((o) => (o.state as Snapshot).status === 'done'),
        `no end from ${stateId(s)}`,
      ).toBe(true);
    }
  });

  it('offers only choices the state accepts, and every listed choice is accepted somewhere', async () => {
    const g = await load();
    const paths = getShortestPaths(g.machine, { events: allChoiceEvents(g) });
    for (const p of paths) {
      const s = p.state as Snapshot;
      const meta = metaOf(g, s);
      if (meta.kind === 'end') continue;
      // Every listed choice is accepted (no hidden buttons) in every reachable context.
      expect(choicesOf(g, s), stateId(s)).toEqual(meta.choices);
    }
  });

  it('names its most common cause by remedy states of its own', async () => {
    const g = await load();
    expect(g.commonCause.remedies.length).toBeGreaterThan(0);
    for (const id of g.commonCause.remedies) {
      expect(metaOfState(g, id)?.kind, `${id} is a remedy`).toBe('remedy');
    }
  });

  it('has both an escalation end and a resolved end, and safety checks are tagged', async () => {
    const g = await load();
    const metas = Object.values(g.machine.root.states).map((n) => ({
      meta: (n as { meta: StepMeta }).meta,
      tags: (n as { tags: string[] }).tags,
    }));
    expect(metas.some((m) => m.meta.kind === 'end' && m.meta.outcome === 'resolved')).toBe(true);
    expect(metas.some((m) => m.meta.kind === 'end' && m.meta.outcome === 'escalated')).toBe(true);
    for (const m of metas) {
      if (m.meta.kind !== 'end' && m.meta.safety) expect(m.tags).toContain('safety');
    }
  });

  it('carries facts that match its live machine (else: npm run guide-facts)', async () => {
    const g = await load();
    // Worked out here from the machine itself, without the written facts: a machine change that
    // leaves <id>.facts.ts stale fails here, so the phone never shows a wrong "of at most N".
    const live = guideFacts(g);
    expect(Object.keys(live.longest).length).toBeGreaterThan(0);
    expect(g.facts, `${g.id}: run npm run guide-facts`).toEqual(live);
  });

  it('back, right after any choice of any reachable snapshot, returns to that snapshot', async () => {
    const g = await load();
    const key = (s: Snapshot) => JSON.stringify([s.value, s.context]);
    // One shortest path per reachable snapshot (state and context): every node of the graph.
    const reachable = getShortestPaths(g.machine, { events: allChoiceEvents(g) });
    let edges = 0;
    for (const p of reachable) {
      const target = p.state as Snapshot;
      if (target.status === 'done') continue;
      // The answer log that reaches this snapshot.
      const log: LogEntry[] = [];
      let snapshot = initialSnapshot(g);
      for (const step of p.steps.slice(1)) {
        const type = (step.event as { type: ChoiceEvent }).type;
        log.push({ from: stateId(snapshot), event: type, at: 0 });
        snapshot = next(g, snapshot, type);
      }
      expect(key(snapshot), 'the log replays to the snapshot').toBe(key(target));
      // Every edge out of it: answer, then back.
      for (const choice of choicesOf(g, target)) {
        const answered = [...log, { from: stateId(target), event: choice, at: 0 }];
        const undone = back(g, answered, 0);
        expect(key(undone.snapshot), `${stateId(target)} —${choice}→ back`).toBe(key(target));
        edges++;
      }
    }
    expect(edges).toBeGreaterThan(0);
    // A deadline for a busy 2-core machine, not a figure.
  }, 120_000);

  it.each(langs)(
    'has %s text for every state and every choice that has no generic label',
    async (lang) => {
      const g = await load();
      const text = g.content[lang];
      expect(text.title.trim()).not.toBe('');
      for (const id of stateIds(g)) {
        const st = text.states[id];
        expect(st, `${lang}: no text for ${id}`).toBeDefined();
        expect(st!.heading.trim(), `${lang}: empty heading for ${id}`).not.toBe('');
        const meta = (g.machine.root.states[id] as { meta: StepMeta }).meta;
        const stop = (g.machine.root.states[id] as { tags: string[] }).tags.includes(
          'stopCardPayments',
        );
        if (meta.kind === 'remedy' && !stop) {
          expect(
            st!.fixedLooksLike,
            `${lang}: remedy ${id} says what fixed looks like`,
          ).toBeTruthy();
        }
        // A stop is not a fix: no "what fixed looks like" box on it.
        if (stop) expect(st!.fixedLooksLike, `${lang}: stop ${id}`).toBeUndefined();
        // One question per screen, at most three short lines visible; the rest is "more".
        expect((st!.body ?? []).length, `${lang}: ${id} body lines`).toBeLessThanOrEqual(3);
        for (const line of st!.body ?? [])
          expect(line.length, `${lang}: ${id}: ${line}`).toBeLessThanOrEqual(
            lang === 'zh' ? 60 : 160,
          );
        if (meta.kind !== 'end') {
          for (const c of meta.choices) {
            if (c.startsWith('screen.'))
              expect(st!.choices?.[c], `${lang}: ${id} ${c}`).toBeTruthy();
          }
        }
      }
      // No text for states that do not exist (stale content).
      expect(Object.keys(text.states).sort()).toEqual(stateIds(g).sort());
    },
  );

  it.each(langs)(
    '%s text names no phone number or web address outside the allow-list',
    async (lang) => {
      const g = await load();
      for (const s of allStrings(g.content[lang])) expect(forbiddenContacts(s), s).toEqual([]);
    },
  );
});

describe.each(faults.map((f) => [f.id, f] as const))('guide %s, calls and words', (_id, entry) => {
  it('every provider remedy and escalated end carries `calls`, starting with the provider', async () => {
    const g = await entry.load();
    for (const [id, node] of Object.entries(g.machine.root.states)) {
      const meta = (node as { meta: StepMeta }).meta;
      const isCall =
        (meta.kind === 'remedy' && meta.who === 'provider') ||
        (meta.kind === 'end' && meta.outcome === 'escalated');
      if (isCall) expect(meta.calls?.[0], id).toBe('provider');
    }
  });

  it('names China Mobile (10086) only where the incident is known to be a China Mobile terminal', async () => {
    const g = await entry.load();
    for (const path of everyPath(g)) {
      const known = path.some((p) => p.state === 'carrier' && p.event === 'answer.yes');
      for (const p of path) {
        const calls = 'calls' in p.meta ? (p.meta.calls ?? []) : [];
        if (calls.includes('chinaMobile')) expect(known, p.state).toBe(true);
        for (const lang of langs) {
          const words = allStepStrings(g.content[lang], p.state).join(' ');
          if (words.includes('10086')) expect(known, `${lang}: ${p.state}`).toBe(true);
        }
      }
    }
  });

  it('every remedy that tries a fix accepts "I already tried this", going on like "still wrong"', async () => {
    const g = await entry.load();
    for (const p of getShortestPaths(g.machine, { events: allChoiceEvents(g) })) {
      const s = p.state as Snapshot;
      const meta = metaOf(g, s);
      if (meta.kind !== 'remedy' || !meta.choices.includes('fixed.no')) continue;
      expect(meta.choices, stateId(s)).toContain('tried');
      expect(stateId(next(g, s, 'tried'))).toBe(stateId(next(g, s, 'fixed.no')));
    }
  });

  it.each(langs)(
    '%s: the complaint hotlines only on the end screen, once (not in guide text)',
    async (lang) => {
      const g = await entry.load();
      for (const s of allStrings(g.content[lang])) expect(s).not.toMatch(/12363|12315/);
    },
  );

  it.each(langs)(
    '%s: a line that offers to note a sale and collect later also says: never the card number',
    async (lang) => {
      // End screens do not show the "queue waiting?" panel that limits what is written down.
      const g = await entry.load();
      const later = lang === 'zh' ? /(修好|之后|恢复后)再收/ : /collect later/i;
      const noCard = lang === 'zh' ? /不记卡号/ : /never the card number/i;
      const lines = allStrings(g.content[lang]).filter((s) => later.test(s));
      expect(lines.length).toBeGreaterThan(0);
      for (const s of lines) expect(s).toMatch(noCard);
    },
  );

  it('zh: full-width punctuation (no ASCII colon, comma, semicolon or question mark by Chinese)', async () => {
    const g = await entry.load();
    const ascii = /[\u4e00-\u9fff][,:;?]|[,:;?]\s*[\u4e00-\u9fff]/;
    for (const s of allStrings(g.content.zh)) expect(s).not.toMatch(ascii);
  });
});

function allStepStrings(text: GuideText, id: string): string[] {
  const s = text.states[id];
  if (!s) return [];
  return [s.heading, ...(s.body ?? []), ...(s.more ?? []), ...(s.ready ?? [])];
}

describe('forbiddenContacts', () => {
  it('catches numbers and addresses, allows the named hotlines', () => {
    expect(forbiddenContacts('call 400-123-4567')).not.toEqual([]);
    expect(forbiddenContacts('见 www.example.cn')).not.toEqual([]);
    expect(forbiddenContacts('投诉 12363 或 12315，移动 10086')).toEqual([]);
    expect(forbiddenContacts('报警 110，反诈专线 96110')).toEqual([]);
    expect(forbiddenContacts('拨 95588')).not.toEqual([]);
    expect(forbiddenContacts('wait 10 seconds')).toEqual([]);
  });
});
