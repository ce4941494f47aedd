/**
 * The numbers a call to the provider goes to, for the guide screens and the home: the hotline the
 * merchant saved for the terminal, which always wins; else the hotlines of the provider's own
 * copy (infra/provider.ts, built in from provider.json); else none. And the incident's terminal.
 */
import { useState } from 'react';
import type { Lang } from '../faults/types';
import { useProvider, type ProviderInfo } from '../infra/provider';
import { useTerminal, valueOr } from '../infra/useRecords';
import { parsePhone } from '../rules/phone';
import type { TerminalRecord } from '../storage/records';

export interface ProviderPhone {
  display: string;
  tel: string;
}

/** One of the provider's hotlines, as a call button shows it. */
export interface ProviderHotline extends ProviderPhone {
  /** Whom, and what for when there are several: "Example Pay · Repairs". */
  title: string;
}

/** The terminal with this id, or undefined (none given, deleted, not read yet, or unreadable). */
function useTerminalOrNone(terminalId: string | undefined): TerminalRecord | undefined {
  return valueOr(useTerminal(terminalId), undefined);
}

/** The hotline the merchant saved for a terminal, when it dials. */
export function ownPhoneOf(terminal: TerminalRecord | undefined): ProviderPhone | undefined {
  if (!terminal?.providerPhone) return undefined;
  const phone = parsePhone(terminal.providerPhone);
  return phone.ok ? { display: phone.display, tel: phone.tel } : undefined;
}

/** The provider's hotlines, in its order (the build checked that each one dials). */
export function providerHotlines(
  provider: ProviderInfo | null | undefined,
  lang: Lang,
): ProviderHotline[] {
  if (!provider) return [];
  const several = provider.hotlines.length > 1;
  return provider.hotlines.flatMap((h) => {
    const phone = parsePhone(h.number);
    if (!phone.ok) return [];
    const title = several ? `${provider.name[lang]} · ${h.label[lang]}` : provider.name[lang];
    return [{ title, display: phone.display, tel: phone.tel }];
  });
}

/**
 * The number to call for a terminal, where the app names one ("for your provider, call only this
 * number"): its own, else the provider's first hotline (the file lists them in calling order).
 */
export function providerPhoneOf(
  terminal: TerminalRecord | undefined,
  provider: ProviderInfo | null | undefined,
): ProviderPhone | undefined {
  const own = ownPhoneOf(terminal);
  if (own || !provider) return own;
  const first = provider.hotlines[0] ? parsePhone(provider.hotlines[0].number) : null;
  return first?.ok ? { display: first.display, tel: first.tel } : undefined;
}

/** `providerPhoneOf` with the provider's own copy, once it is in. */
export function useProviderPhoneOf(
  terminal: TerminalRecord | undefined,
): ProviderPhone | undefined {
  return providerPhoneOf(terminal, useProvider());
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
