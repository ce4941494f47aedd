/**
 * Holding a tap on a link: a capture-phase click listener on the document that takes a plain tap
 * (main button, no modifier key, not handled yet) on a link matching `selector`, asks `hold`
 * whether to keep it, and if so stops the browser from following the link and the app from
 * seeing the click. `hold` then replays it when it can. Returns the function that stops
 * listening. The two holds, and why, are in app/prefetch.ts. No imports: main.tsx puts it on the
 * first path.
 */
export function holdTaps(selector: string, hold: (link: HTMLAnchorElement) => boolean): () => void {
  const onClick = (event: MouseEvent) => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = (event.target as Element | null)?.closest?.(selector);
    if (!(link instanceof HTMLAnchorElement) || !hold(link)) return;
    event.preventDefault();
    event.stopPropagation();
  };
  document.addEventListener('click', onClick, { capture: true });
  return () => document.removeEventListener('click', onClick, { capture: true });
}
