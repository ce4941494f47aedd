/**
 * Hands a text to the merchant's other apps: the share sheet where the browser has one
 * (WeChat, e-mail, …), else the clipboard, else a .txt file.
 */
import { downloadBlob } from '../ui/download';

export type ShareOutcome = 'shared' | 'cancelled' | 'copied' | 'downloaded' | 'failed';

export async function shareText(data: {
  title: string;
  text: string;
  fileName: string;
  /** Photos to attach where the share sheet takes files (`navigator.canShare({ files })`). */
  files?: readonly File[];
}): Promise<ShareOutcome> {
  const { title, text, fileName } = data;
  if (typeof navigator.share === 'function') {
    const files = [...(data.files ?? [])];
    const canShare = (p: ShareData) =>
      typeof navigator.canShare !== 'function' || navigator.canShare(p);
    // With the photos where the browser can share files; else the text alone.
    const withFiles: ShareData = { title, text, files };
    const payload =
      files.length > 0 && typeof navigator.canShare === 'function' && navigator.canShare(withFiles)
        ? withFiles
        : { title, text };
    if (canShare(payload)) {
      try {
        await navigator.share(payload);
        return 'shared';
      } catch (e) {
        // The merchant closed the share sheet: that is an answer, not a failure.
        if (e instanceof DOMException && e.name === 'AbortError') return 'cancelled';
        // NotAllowedError (no user activation left), a broken share target, …: fall back.
      }
    }
  }
  return copyText(text, fileName);
}

/** The clipboard, else a .txt file. */
export async function copyText(
  text: string,
  fileName: string,
): Promise<'copied' | 'downloaded' | 'failed'> {
  try {
    if (typeof navigator.clipboard?.writeText === 'function') {
      await navigator.clipboard.writeText(text);
      return 'copied';
    }
  } catch {
    // Clipboard refused (permissions, insecure context): fall back to a file.
  }
  return downloadText(text, fileName);
}

export function downloadText(text: string, fileName: string): 'downloaded' | 'failed' {
  try {
    downloadBlob(new Blob([text], { type: 'text/plain;charset=utf-8' }), fileName);
    return 'downloaded';
  } catch {
    return 'failed';
  }
}
