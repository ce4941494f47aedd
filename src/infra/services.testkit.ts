/**
 * Test code only: services over a storage the test keeps in hand, to put records in place and
 * to look at what was written, as screens never can (the services carry no storage).
 */
import { memoryStorage, openStorage, type AppStorage } from '../storage/openStorage';
import type { StoreOptions } from '../storage/stores';
import { servicesOver, type Services } from './services';

export interface TestServices {
  services: Services;
  storage: AppStorage;
}

const opened: AppStorage[] = [];

/** A fresh IndexedDB (fake-indexeddb in jsdom) under a name of its own, and its services. */
export async function openTestServices(
  options: StoreOptions = {},
  name = `test-${crypto.randomUUID()}`,
): Promise<TestServices> {
  const storage = await openStorage(name);
  opened.push(storage);
  return { services: servicesOver(storage, options), storage };
}

/** Services on the in-memory fallback (what a browser without IndexedDB gets). */
export function memoryTestServices(options: StoreOptions = {}): TestServices {
  const storage = memoryStorage('noIndexedDB');
  return { services: servicesOver(storage, options), storage };
}

/** Closes every storage opened here (afterEach). */
export function closeTestStorages(): void {
  opened.splice(0).forEach((s) => s.close());
}
