/**
 * My terminals (terminals/TerminalsPage.tsx) in English; loaded with its chunk (see
 * i18n/featureText.ts). The labels that call steps and the report show too (brand and model,
 * merchant and terminal numbers, provider, hotline and its hints) are in ui.en.ts, `terminals`.
 */
import type { Widen } from '../i18n/featureText';

export const terminalsTextEn = {
  heading: 'My terminals',
  intro:
    'Add each card terminal once. When one has a fault, you see its provider’s number and can call with one tap.',
  empty: 'No terminal added yet.',
  add: 'Add a terminal',
  edit: 'Edit',
  addHeading: 'New terminal',
  editHeading: 'Edit terminal',
  name: 'Name',
  nameHint: 'For example: front counter',
  nameRequired: 'Give the terminal a name.',
  brand: 'Brand',
  model: 'Model',
  serial: 'Serial number (S/N on the label)',
  merchantNoHint: '15 digits on most receipts and on the contract',
  merchantNoInvalid: 'A merchant number is 8 to 20 digits. Check it against a receipt.',
  terminalNoHint: '8 digits or letters on most receipts',
  terminalNoInvalid: 'A terminal number is 6 to 16 letters or digits. Check it against a receipt.',
  modelHint: 'Optional',
  providerHint: 'The bank or payment company, as on your contract',
  cardNumber: 'This looks like a card number. Don’t store card numbers here.',
  save: 'Save',
  saved: 'Saved.',
  deleted: 'Deleted.',
  saveFailed: 'Not saved on this phone. Try again.',
  deleteConfirm: 'Delete “{name}”? Past incidents stay in the history.',
} as const;

export type TerminalsText = Widen<typeof terminalsTextEn>;
