// Placeholder so the registry resolves while the guide is written; replaced by the real guide.
import type { Guide } from '../types';
import { keyErrorGuide } from '../keyError/keyError.guide';

export const pinEntryGuide: Guide = { ...keyErrorGuide, id: 'pinEntry' };
