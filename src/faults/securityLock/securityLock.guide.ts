import type { Guide } from '../types';
import { securityLockEn, securityLockZh } from './securityLock.content';
import { securityLockMachine } from './securityLock.machine';

export const securityLockGuide: Guide<typeof securityLockMachine> = {
  id: 'securityLock',
  /** v1: first version. */
  version: 1,
  machine: securityLockMachine,
  content: { zh: securityLockZh, en: securityLockEn },
};
