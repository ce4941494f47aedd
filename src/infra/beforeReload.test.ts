import { describe, expect, it } from 'vitest';
import { registerBeforeReload, runBeforeReload } from './beforeReload';

describe('before an update reloads the app', () => {
  it('waits for every registered flush, even when one fails, and forgets unregistered ones', async () => {
    const done: string[] = [];
    const a = registerBeforeReload(async () => {
      await new Promise((r) => setTimeout(r, 20));
      done.push('draft');
    });
    const b = registerBeforeReload(() => Promise.reject(new Error('disk full')));
    const c = registerBeforeReload(async () => {
      done.push('never');
    });
    c();
    await runBeforeReload();
    expect(done).toEqual(['draft']);
    a();
    b();
  });
});
