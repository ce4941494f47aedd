import { describe, expect, it } from 'vitest';
import { faults } from '../faults/registry';
import { lookup, normalise } from './lookup';

const first = (q: string) => {
  const r = lookup(q, faults);
  return r.kind === 'guides' ? r.matches[0] : r;
};

describe('lookup: what does the screen say?', () => {
  it.each([
    ['密钥错误，请重新启动客户端', 'keyError'],
    ['重新启动客户端', 'keyError'],
    ['key error', 'keyError'],
    ['安全锁定', 'securityLock'],
    ['POS机显示安全锁定', 'securityLock'],
    ['Tampered', 'securityLock'],
    ['Alert Irruption!', 'securityLock'],
    ['无法输入密码', 'pinEntry'],
    ['PIN pad', 'pinEntry'],
    ['cannot enter the pin', 'pinEntry'],
  ])('finds %s → %s', (q, fault) => {
    expect(first(q)).toMatchObject({ fault });
  });

  it.each([
    ['A0', 'keyError', 'screen.a0'],
    ['a0 校验错，请重新签到', 'keyError', 'screen.a0'],
    ['返回码99', 'keyError', 'screen.99'],
    ['Ａ０', 'keyError', 'screen.a0'],
    ['XE', 'keyError', 'screen.xe'],
    ['Y5', 'pinEntry', 'screen.y5'],
  ])('a host code %s opens %s answering %s', (q, fault, event) => {
    expect(first(q)).toEqual({ fault, event });
  });

  it.each([
    ['75', 'customerBank'],
    ['38', 'customerBank'],
    ['密码输入次数超限', 'customerBank'],
    ['97', 'notRegistered'],
    ['97 终端未登记', 'notRegistered'],
    ['POS机未登记', 'notRegistered'],
    ['刷卡机未登记', 'notRegistered'],
  ])('%s is not a terminal fault: %s', (q, which) => {
    expect(lookup(q, faults)).toEqual({ kind: 'notAFault', which });
  });

  it.each(['zzqq', '12345', 'hello world'])('nothing for %j', (q) => {
    expect(lookup(q, faults)).toEqual({ kind: 'none' });
  });

  it('numbers inside longer numbers are not codes', () => {
    expect(lookup('1975', faults)).toEqual({ kind: 'none' });
  });

  it('normalises full-width text, case and spaces', () => {
    expect(normalise('  ＫＥＹ　Error ')).toBe('key error');
  });
});

describe('lookup forgives the near-misses people type (issue 10, #20)', () => {
  it.each([
    ['秘钥错误', 'keyError'],
    ['密匙错误', 'keyError'],
    ['POS机安全所定', 'securityLock'],
    ['琐定了', 'securityLock'],
  ])('%s → %s', (q, fault) => {
    expect(first(q)).toMatchObject({ fault });
  });

  it.each([
    ['a 0', 'keyError', 'screen.a0'],
    ['A 0 校验错', 'keyError', 'screen.a0'],
    ['y 5', 'pinEntry', 'screen.y5'],
    ['x e', 'keyError', 'screen.xe'],
    ['xe', 'keyError', 'screen.xe'],
  ])('a code typed with a space or in lower case: %s → %s', (q, fault, event) => {
    expect(first(q)).toEqual({ fault, event });
  });

  it('an empty or blank search is no search at all (the page stays home), not "nothing found"', () => {
    expect(lookup('', faults)).toEqual({ kind: 'empty' });
    expect(lookup('   ', faults)).toEqual({ kind: 'empty' });
    expect(lookup('\u3000', faults)).toEqual({ kind: 'empty' });
    expect(lookup('zzzz', faults)).toEqual({ kind: 'none' });
  });

  it('does not glue words that are not codes', () => {
    expect(normalise('wait 10 seconds')).toBe('wait 10 seconds');
    expect(normalise('is a key')).toBe('is a key');
  });
});
