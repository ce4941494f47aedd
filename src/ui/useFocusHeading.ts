import { useEffect, useRef } from 'react';

/** The first screen after page load keeps the browser's natural focus (top of the page). */
let pageJustLoaded = true;

/**
 * Moves focus to the screen's heading whenever `key` changes (a new question, a new page), so
 * screen readers announce it and keyboard users continue from there.
 */
export function useFocusHeading<T extends HTMLElement = HTMLHeadingElement>(key: unknown) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (pageJustLoaded) {
      pageJustLoaded = false;
      return;
    }
    ref.current?.focus();
  }, [key]);
  return ref;
}
