import type { Guide } from '../types';
import { pinEntryEn, pinEntryZh } from './pinEntry.content';
import { pinEntryMachine } from './pinEntry.machine';

export const pinEntryGuide: Guide<typeof pinEntryMachine> = {
  id: 'pinEntry',
  /** v1: first version. */
  version: 1,
  machine: pinEntryMachine,
  content: { zh: pinEntryZh, en: pinEntryEn },
};
