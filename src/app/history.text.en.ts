/** History (app/HistoryPage.tsx) in English; loaded with its chunk (see i18n/featureText.ts). */
import type { Widen } from '../i18n/featureText';

export const historyTextEn = {
  heading: 'History',
  thisMonth: 'This month',
  resolvedShare: 'Fixed without support',
  medianFix: 'Typical time to fix',
  empty: 'No incidents yet. They appear here when you use a guide.',
  status: {
    inProgress: 'In progress',
    resolved: 'Fixed',
    escalated: 'Handed to support',
    abandoned: 'Abandoned',
  },
  lookedUpThisMonth: 'Looked up this month',
  lookupsTotal: 'Lookups in all',
  lookedUp: 'Looked up',
  typed: 'You typed: ',
  timeline: 'What happened',
  wentBack: 'Went back a question',
  deleteConfirm: 'Delete this incident and its notes from this phone? This cannot be undone.',
  deleteFailed: 'Not deleted yet. Try again in a moment.',
} as const;

export type HistoryText = Widen<typeof historyTextEn>;
