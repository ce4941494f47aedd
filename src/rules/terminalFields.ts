/**
 * A terminal's fields, once: their order on the form, which of them are typed free text (and so
 * checked for card data by the form, the storage layer and the backup import alike), and how
 * the merchant and terminal numbers are tidied. Pure.
 */
import { asciiDigits, containsCardData, containsCardDataInCode, isCardNumber } from './cardGuard';

/** Every field of a terminal the merchant fills in, in the order of the form. */
export const TERMINAL_FIELDS = [
  'name',
  'brand',
  'model',
  'serial',
  'merchantNo',
  'terminalNo',
  'provider',
  'providerPhone',
] as const;
export type TerminalField = (typeof TERMINAL_FIELDS)[number];

/**
 * The fields a merchant types free text into. The hotline is left out: the form only takes a
 * number that parses as a Chinese phone number, and "+8613812345678" is 13 digits that pass
 * Luhn one time in ten.
 */
export const TERMINAL_TEXT_FIELDS = TERMINAL_FIELDS.filter(
  (f): f is Exclude<TerminalField, 'providerPhone'> => f !== 'providerPhone',
);
export type TerminalTextField = (typeof TERMINAL_TEXT_FIELDS)[number];

/** The fields a terminal may leave out (every one but its name). */
export const OPTIONAL_TERMINAL_FIELDS = TERMINAL_FIELDS.filter(
  (f): f is Exclude<TerminalField, 'name'> => f !== 'name',
);

/**
 * Whether a terminal field holds card data: the serial is read as a code, the rest as text.
 * The merchant and terminal numbers hold one number each, so only a whole card counts there
 * (a 15-digit merchant number starting with 4 is not half a Visa card).
 */
export function terminalFieldHasCardData(field: TerminalTextField, value: string): boolean {
  if (field === 'merchantNo' || field === 'terminalNo') {
    return isCardNumber(asciiDigits(value).replace(/[\s-]/g, ''));
  }
  return field === 'serial' ? containsCardDataInCode(value) : containsCardData(value);
}

/**
 * A merchant number as typed (spaces, dashes, full-width digits allowed): 8–20 digits, or null.
 * 15 on most receipts; some acquirers print fewer or more.
 */
export function normaliseMerchantNo(value: string): string | null {
  const digits = asciiDigits(value).replace(/[\s-]/g, '');
  return /^\d{8,20}$/.test(digits) ? digits : null;
}

/** A terminal number as typed: 6–16 letters or digits (8 on most receipts), or null. */
export function normaliseTerminalNo(value: string): string | null {
  const code = asciiDigits(value).replace(/[\s-]/g, '').toUpperCase();
  return /^[0-9A-Z]{6,16}$/.test(code) ? code : null;
}
