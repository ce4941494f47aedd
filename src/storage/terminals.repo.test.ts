import { afterEach, describe, expect, it } from 'vitest';
import { cleanupDbs, storageKinds, terminal } from './testUtils';

afterEach(async () => {
  await cleanupDbs();
});

describe.each(storageKinds)('terminals repo (%s)', (_kind, open) => {
  it('lists terminals by name, numbers in natural order', async () => {
    const { terminals } = open();
    await terminals.put(terminal({ id: 't10', name: 'Counter 10' }));
    await terminals.put(terminal({ id: 'tb', name: 'back office' }));
    await terminals.put(terminal({ id: 't2', name: 'counter 2' }));
    expect((await terminals.list()).map((t) => t.id)).toEqual(['tb', 't2', 't10']);
  });

  it('gets, replaces and deletes a terminal', async () => {
    const { terminals } = open();
    const t = terminal({ id: 't1', name: 'front', providerPhone: '400-123-4567 转 8' });
    await terminals.put(t);
    expect(await terminals.get('t1')).toEqual(t);
    const renamed = { ...t, name: 'front counter', updatedAt: 2_000 };
    await terminals.put(renamed);
    expect(await terminals.get('t1')).toEqual(renamed);
    await terminals.delete('t1');
    expect(await terminals.get('t1')).toBeUndefined();
    expect(await terminals.list()).toEqual([]);
  });

  it.each([
    ['name', '4111 1111 1111 1111'],
    ['brand', 'x4111111111111111'],
    ['model', '4111\n1111\n1111\n1111'],
    ['serial', '4111111111111111'],
    ['serial', 'SN 4111 1111 1111 1111'],
    ['provider', '拉卡拉 5555 5555 5555 444'],
  ] as const)('refuses card data in %s (%j), and writes nothing', async (field, value) => {
    const { terminals } = open();
    await expect(terminals.put(terminal({ id: 't1', [field]: value }))).rejects.toThrow(
      new RegExp(`card number in ${field}`),
    );
    expect(await terminals.list()).toEqual([]);
  });

  it('accepts serials with letters, and a phone number anywhere', async () => {
    const { terminals } = open();
    const t = terminal({
      id: 't1',
      name: 'front 13812345678',
      model: 'A920',
      serial: 'SN4111111111111111',
      provider: '银联商务 400-123-4567',
      providerPhone: '+8613812345678',
    });
    await terminals.put(t);
    expect(await terminals.get('t1')).toEqual(t);
  });

  it('rejects a terminal without an id', async () => {
    const { terminals } = open();
    await expect(terminals.put(terminal({ id: '' }))).rejects.toThrow(/id/);
  });
});
