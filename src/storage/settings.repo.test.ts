import { afterEach, describe, expect, it } from 'vitest';
import { cleanupDbs, storageKinds } from './testUtils';

afterEach(async () => {
  await cleanupDbs();
});

describe.each(storageKinds)('settings repo (%s)', (_kind, open) => {
  it('returns undefined for a setting never set', async () => {
    const { settings } = open();
    expect(await settings.get('lang')).toBeUndefined();
  });

  it('stores and overwrites values of any cloneable shape', async () => {
    const { settings } = open();
    await settings.set('lang', 'zh');
    await settings.set('lang', 'en');
    await settings.set('a11y', { largeText: true, scale: 1.25 });
    await settings.set('off', false);
    expect(await settings.get<string>('lang')).toBe('en');
    expect(await settings.get<{ largeText: boolean }>('a11y')).toEqual({
      largeText: true,
      scale: 1.25,
    });
    // A stored false is not "never set".
    expect(await settings.get<boolean>('off')).toBe(false);
  });

  it('gives back a copy, not the stored object', async () => {
    const { settings } = open();
    const value = { list: [1, 2] };
    await settings.set('v', value);
    value.list.push(3);
    const got = await settings.get<{ list: number[] }>('v');
    expect(got).toEqual({ list: [1, 2] });
  });
});
