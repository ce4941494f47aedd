/** The incident's terminal and its provider hotline, for the guide screens. */
import { useState } from 'react';
import { useTerminal, valueOr } from '../infra/useRecords';
import { parsePhone } from '../rules/phone';
import type { TerminalRecord } from '../storage/records';

export interface ProviderPhone {
  display: string;
  tel: string;
}

/** The terminal with this id, or undefined (none given, deleted, not read yet, or unreadable). */
function useTerminalOrNone(terminalId: string | undefined): TerminalRecord | undefined {
  return valueOr(useTerminal(terminalId), undefined);
}

/** The hotline of a terminal, when it has a dialable one. */
export function providerPhoneOf(terminal: TerminalRecord | undefined): ProviderPhone | undefined {
  if (!terminal?.providerPhone) return undefined;
  const phone = parsePhone(terminal.providerPhone);
  return phone.ok ? { display: phone.display, tel: phone.tel } : undefined;
}

/** The hotline of the incident's terminal, when it has a dialable one. */
export function useProviderPhone(terminalId: string | undefined): ProviderPhone | undefined {
  return providerPhoneOf(useTerminalOrNone(terminalId));
}

/**
 * The incident's terminal, read from storage, and a setter for the record just saved on this
 * screen (a hotline saved at a call step shows as its call button at once).
 */
export function useIncidentTerminal(
  terminalId: string | undefined,
): [TerminalRecord | undefined, (terminal: TerminalRecord) => void] {
  const stored = useTerminalOrNone(terminalId);
  const [saved, setSaved] = useState<TerminalRecord | undefined>(undefined);
  const current = saved && saved.id === terminalId ? saved : stored;
  return [current, setSaved];
}
