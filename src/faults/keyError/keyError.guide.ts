import type { Guide } from '../types';
import { keyErrorEn, keyErrorZh } from './keyError.content';
import { keyErrorMachine } from './keyError.machine';

export const keyErrorGuide: Guide<typeof keyErrorMachine> = {
  id: 'keyError',
  /**
   * v1: no scam-call check. v2: scam-call check after the exposure check.
   * v3: tamper alarm on the first screen; "did you already give them anything?" after a scam.
   */
  version: 3,
  machine: keyErrorMachine,
  content: { zh: keyErrorZh, en: keyErrorEn },
};
