/** Saves a Blob as a file through a temporary <a download> (works offline, no server round trip). */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.hidden = true;
  document.body.append(a);
  try {
    a.click();
  } finally {
    a.remove();
    // Revoked later, not at once: some browsers (iOS Safari) still read the URL after click().
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}
