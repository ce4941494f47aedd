/** The shop's terminals ("front counter", model, serial, provider phone). */
import { TERMINAL_TEXT_FIELDS, terminalFieldHasCardData } from '../rules/terminalFields';
import type { PosRescueDb } from './db';
import type { TerminalRecord } from './records';
import { isShowableTerminal } from './recordRules';
import { keepShowable } from './skipped';

function showable(records: readonly unknown[]): TerminalRecord[] {
  return keepShowable('terminals', records, isShowableTerminal);
}

export interface TerminalsRepo {
  /** Insert or replace. Resolves after the write committed; rejects on failure. */
  put(terminal: TerminalRecord): Promise<void>;
  /** Every terminal, by name (natural order: "counter 2" before "counter 10"). */
  list(): Promise<TerminalRecord[]>;
  get(id: string): Promise<TerminalRecord | undefined>;
  /** Incidents keep their terminalId; screens show an unknown terminal as such. */
  delete(id: string): Promise<void>;
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

export function byName(a: TerminalRecord, b: TerminalRecord): number {
  return collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function assertTerminal(terminal: TerminalRecord): void {
  if (typeof terminal?.id !== 'string' || terminal.id === '') {
    throw new TypeError('invalid terminal: bad id');
  }
  if (typeof terminal.name !== 'string') throw new TypeError('invalid terminal: bad name');
  // Refused, not masked: masking a genuine numeric serial would corrupt it. The form says why.
  for (const field of TERMINAL_TEXT_FIELDS) {
    const value = terminal[field];
    if (typeof value === 'string' && terminalFieldHasCardData(field, value)) {
      throw new TypeError(`invalid terminal: card number in ${field}`);
    }
  }
}

export function createTerminalsRepo(db: PosRescueDb): TerminalsRepo {
  const fail = (e: unknown): never => {
    throw db.explain(e);
  };
  return {
    async put(terminal) {
      assertTerminal(terminal);
      await db
        .reconnecting(() => db.transaction('rw', db.terminals, () => db.terminals.put(terminal)))
        .catch(fail);
    },
    async list() {
      return showable(await db.reconnecting(() => db.terminals.toArray()).catch(fail)).sort(byName);
    },
    get: async (id) => {
      const terminal = await db.reconnecting(() => db.terminals.get(id)).catch(fail);
      return terminal === undefined ? undefined : showable([terminal])[0];
    },
    async delete(id) {
      await db
        .reconnecting(() => db.transaction('rw', db.terminals, () => db.terminals.delete(id)))
        .catch(fail);
    },
  };
}
