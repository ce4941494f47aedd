import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Steps wait for an IndexedDB commit before they render; on a loaded 2-core CI machine that can
// take longer than Testing Library's 1 s default.
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => cleanup());
