import { describe, expect, it } from 'vitest';
import { answers, queryOfId, titleOfId } from './answerTitle';
import { buildIndex, search } from './search';

const index = buildIndex(answers);

describe('answers by id, for the history', () => {
  it('every answer has a title in both languages, and a search that shows it first again', () => {
    const missed: string[] = [];
    for (const answer of answers) {
      expect(titleOfId(answer.id, 'zh'), answer.id).toBeTruthy();
      expect(titleOfId(answer.id, 'en'), answer.id).toBeTruthy();
      const q = queryOfId(answer.id);
      const result = q === undefined ? undefined : search(index, q);
      if (result?.kind !== 'found' || result.hits[0]!.answer.id !== answer.id)
        missed.push(answer.id);
    }
    expect(missed).toEqual([]);
  });

  it('names what "nothing found" was answered with; an unknown id has no title', () => {
    expect(titleOfId('code:51', 'zh')).toBe('51 「可用余额不足」');
    expect(titleOfId('none', 'en')).toBe('Nothing found');
    expect(titleOfId('ask:network', 'zh')).toBe('没有找到：网络或银行系统的原因');
    expect(titleOfId('code:ZZ', 'en')).toBeUndefined();
    expect(queryOfId('ask:card')).toBeUndefined();
  });
});
