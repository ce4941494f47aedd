/**
 * The provider's hotlines on a call step (terminals/ProviderHotlines.tsx), in English: only in a
 * build with a provider file, and then with that component (see i18n/featureText.ts).
 */
import type { Widen } from '../i18n/featureText';

export const hotlinesTextEn = {
  ownNumber: 'Another number on your contract or label? Save it here',
} as const;

export type HotlinesText = Widen<typeof hotlinesTextEn>;
