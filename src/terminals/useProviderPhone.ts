/** The incident's terminal and its provider hotline, for the guide screens. */
import { useEffect, useState } from 'react';
import { useServices } from '../infra/services';
import { parsePhone } from '../rules/phone';
import type { TerminalRecord } from '../storage/records';

export interface ProviderPhone {
  display: string;
  tel: string;
}

/** The terminal with this id, or undefined (none given, deleted, not loaded yet, or unreadable). */
export function useTerminal(terminalId: string | undefined): TerminalRecord | undefined {
  const services = useServices();
  const [found, setFound] = useState<{ id: string; terminal?: TerminalRecord } | null>(null);
  useEffect(() => {
    if (!services || !terminalId) return;
    let live = true;
    services.storage.terminals.get(terminalId).then(
      (terminal) => live && setFound({ id: terminalId, ...(terminal ? { terminal } : {}) }),
      () => live && setFound({ id: terminalId }),
    );
    return () => {
      live = false;
    };
  }, [services, terminalId]);
  return found && found.id === terminalId ? found.terminal : undefined;
}

/** The hotline of the incident's terminal, when it has a dialable one. */
export function useProviderPhone(terminalId: string | undefined): ProviderPhone | undefined {
  const terminal = useTerminal(terminalId);
  if (!terminal?.providerPhone) return undefined;
  const phone = parsePhone(terminal.providerPhone);
  return phone.ok ? { display: phone.display, tel: phone.tel } : undefined;
}
