import type { Guide } from '../types';
import { commFailureEn, commFailureZh } from './commFailure.content';
import { commFailureFacts } from './commFailure.facts';
import { commFailureMachine } from './commFailure.machine';

export const commFailureGuide: Guide<typeof commFailureMachine> = {
  id: 'commFailure',
  /**
   * v1 (issue 18): the first version. The second reader's fixes (`shopOnline` "do not know" →
   * `fixTerminalLink`; text) went in before any release, so a saved v1 incident cannot exist.
   */
  version: 1,
  machine: commFailureMachine,
  facts: commFailureFacts,
  content: { zh: commFailureZh, en: commFailureEn },
  commonCause: {
    cause: 'restart and sign in',
    firstAnswer: 'screen.commFail',
    remedies: ['restart'],
  },
};
