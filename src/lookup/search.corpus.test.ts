// @vitest-environment node
/**
 * The search's own corpus (issue 18): what merchants type — simplified and traditional Chinese,
 * English, with codes and without — each with the answer it must land on first, plus every code
 * of the table typed bare and with its terminal text. Prints the hits and misses; fails on any
 * miss. The corpus itself: lookup.corpus.testkit.ts (the bench times it too).
 */
import { describe, expect, it } from 'vitest';
import { faults } from '../faults/registry';
import { buildAnswers } from './answers';
import { codeCorpus, phrasings } from './lookup.corpus.testkit';
import { buildIndex, search } from './search';

const index = buildIndex(buildAnswers(faults));

function first(q: string): string {
  const r = search(index, q);
  return r.kind === 'found' ? r.hits[0]!.answer.id : r.kind;
}

describe('the search corpus', () => {
  it('has at least 150 phrasings beside every code of the table', () => {
    expect(phrasings.length).toBeGreaterThanOrEqual(150);
  });

  it.each([
    ['phrasings', phrasings],
    ['codes', codeCorpus],
  ] as const)('lands every one of the %s on its answer first', (_name, corpus) => {
    const misses = corpus
      .map(([q, want]) => ({ q, want, got: first(q) }))
      .filter((r) => r.got !== r.want);
    console.log(
      `${_name}: ${corpus.length - misses.length} hits, ${misses.length} misses` +
        misses.map((m) => `\n  miss: ${m.q} → ${m.got} (want ${m.want})`).join(''),
    );
    expect(misses).toEqual([]);
  });
});
