/**
 * Pure: the QR reader's download (the ZXing fallback of the scan screen, QrScanner.tsx) — its
 * size, and when to ask before fetching it.
 */

/**
 * What the first use of the ZXing reader downloads, gzip, rounded up to 10 KB (the ponyfill
 * chunk and the .wasm; tests/browser/budget.test.ts checks it against the build).
 */
export const QR_READER_KB = 470;

/** The Network Information API's fields we read (Chromium only; absent elsewhere). */
export interface ConnectionHints {
  saveData?: boolean;
  effectiveType?: string;
}

/**
 * Ask before downloading the reader: the user asked the browser to save data, or the browser
 * measures the connection as 3G or slower (its `effectiveType`). Without these hints: no.
 */
export function askBeforeDownload(connection: ConnectionHints | undefined): boolean {
  if (!connection) return false;
  return (
    connection.saveData === true || ['slow-2g', '2g', '3g'].includes(connection.effectiveType ?? '')
  );
}
