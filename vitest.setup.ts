import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { forgetHandoffs } from './src/infra/handoff';

// Steps wait for an IndexedDB commit before they render; on a loaded 2-core CI machine that can
// take longer than Testing Library's 1 s default.
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => {
  cleanup();
  forgetHandoffs(); // what one test's screens handed over is not there for the next
});
