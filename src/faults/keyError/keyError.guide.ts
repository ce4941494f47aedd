import type { Guide } from '../types';
import { keyErrorEn, keyErrorZh } from './keyError.content';
import { keyErrorMachine } from './keyError.machine';

export const keyErrorGuide: Guide<typeof keyErrorMachine> = {
  id: 'keyError',
  /** v1: no scam-call check. v2: scam-call check after the exposure check. */
  version: 2,
  machine: keyErrorMachine,
  content: { zh: keyErrorZh, en: keyErrorEn },
};
