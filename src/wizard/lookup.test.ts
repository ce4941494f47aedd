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
  ])('%s is not a terminal fault: %s', (q, which) => {
    expect(lookup(q, faults)).toEqual({ kind: 'notAFault', which });
  });

  it.each(['', '   ', 'zzqq', '12345', 'hello world'])('nothing for %j', (q) => {
    expect(lookup(q, faults)).toEqual({ kind: 'none' });
  });

  it('numbers inside longer numbers are not codes', () => {
    expect(lookup('1975', faults)).toEqual({ kind: 'none' });
  });

  it('normalises full-width text, case and spaces', () => {
    expect(normalise('  ＫＥＹ　Error ')).toBe('key error');
  });
});
