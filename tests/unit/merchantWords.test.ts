// Merchants say POS机 or 刷卡机, rarely 终端 (DOMAIN.md, "What merchants and support actually say
// and need"): the Chinese text the app shows calls the device POS机. 终端 stays only where it is the
// real name of something: the terminal number (终端号 / 终端编号, its name on receipts and
// contracts), and text the terminal or the bank host shows, which the merchant must match
// (a guide's `terminalMessage` and `terminalText`, a practice screen, 「终端未登记」 for code 97).
import { describe, expect, it } from 'vitest';
import { backupTextZh } from '../../src/backup/backup.text.zh';
import { historyTextZh } from '../../src/app/history.text.zh';
import { settingsTextZh } from '../../src/app/settings.text.zh';
import { faults } from '../../src/faults/registry';
import { uiZh } from '../../src/i18n/ui.zh';
import { practiceTextZh } from '../../src/practice/practice.text.zh';
import { loadScenarios } from '../../src/practice/scenarios';
import { installTextZh } from '../../src/pwa/install.text.zh';
import { lookupTextZh } from '../../src/lookup/lookup.text.zh';
import { terminalsTextZh } from '../../src/terminals/terminals.text.zh';

/** 终端, except as the start of 终端号 / 终端编号. */
const deviceWord = /终端(?!号|编号)/;

/** Keys whose text is what the terminal (or the host) shows, literally. */
const literalKeys = new Set(['terminalMessage', 'terminalText', 'screen']);

/** Text in 「」 is quoted as the terminal (or the host) shows it, e.g. 「终端未登记」 for code 97. */
const unquoted = (s: string) => s.replace(/「[^」]*」/g, '「」');

/** Every string of a text object, with its path; in {zh, en} pairs only the zh side. */
function strings(value: unknown, path: string, out: [string, string][] = []): [string, string][] {
  if (typeof value === 'string') out.push([path, value]);
  else if (Array.isArray(value)) value.forEach((v, i) => strings(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') {
    const entries = Object.entries(value);
    const bi = 'zh' in value && 'en' in value;
    for (const [key, v] of entries) {
      if (literalKeys.has(key) || (bi && key !== 'zh')) continue;
      strings(v, `${path}.${key}`, out);
    }
  }
  return out;
}

function saysTerminal(text: unknown, name: string): [string, string][] {
  return strings(text, name).filter(([, s]) => deviceWord.test(unquoted(s)));
}

describe('zh text calls the device POS机, not 终端', () => {
  it.each([
    ['ui', uiZh],
    ['terminals', terminalsTextZh],
    ['settings', settingsTextZh],
    ['backup', backupTextZh],
    ['history', historyTextZh],
    ['install', installTextZh],
    ['practice', practiceTextZh],
    ['lookup', lookupTextZh],
  ] as const)('%s', (name, text) => {
    expect(saysTerminal(text, name)).toEqual([]);
  });

  it.each(faults.map((f) => [f.id, f] as const))(
    'guide, prevention and entry of %s',
    async (id, f) => {
      const guide = await f.load();
      const prevention = await f.loadPrevention();
      // keywords are what merchants type: they may say 终端 (lookup must recognise it).
      const entry = { ...f, keywords: [] };
      expect(saysTerminal(guide.content.zh, `${id}.content`)).toEqual([]);
      expect(saysTerminal(prevention.zh, `${id}.prevention`)).toEqual([]);
      expect(saysTerminal(entry, `${id}.entry`)).toEqual([]);
    },
  );

  it('practice scenarios (what the trainee reads, not the screens)', async () => {
    const scenarios = await loadScenarios();
    expect(scenarios.flatMap((s) => saysTerminal(s, s.id))).toEqual([]);
  });

  it('keeps the terminal number and literal screen text', () => {
    expect(deviceWord.test('终端号：{value}。')).toBe(false);
    expect(deviceWord.test('终端编号')).toBe(false);
    expect(deviceWord.test('我的终端')).toBe(true);
    expect(saysTerminal({ terminalText: ['终端未激活'] }, 'x')).toEqual([]);
    expect(saysTerminal({ zh: '终端故障', en: 'terminal fault' }, 'x')).not.toEqual([]);
  });
});
