/**
 * A tiny router over the History API (the app has a handful of screens; a routing library
 * would cost more bytes than it saves). Routes are plain data; `navigate` pushes, `replace`
 * replaces. Inside a guide each answered step pushes an entry carrying its step number, so the
 * browser's back button goes back one question (see wizard/useBrowserBack.ts).
 */
import { useSyncExternalStore } from 'react';
import type { FaultId } from '../faults/types';

export type Route =
  | { name: 'home' }
  | { name: 'start'; fault: FaultId; code?: string }
  | { name: 'incident'; id: string }
  | { name: 'lookup'; q: string }
  | { name: 'history' }
  | { name: 'historyItem'; id: string }
  | { name: 'settings' }
  | { name: 'terminals' }
  | { name: 'backup' }
  | { name: 'prevention' }
  | { name: 'practice' }
  | { name: 'practiceTrainer' }
  | { name: 'practiceRun'; id: string }
  | { name: 'install' }
  | { name: 'notFound'; path: string };

const faultIds: readonly string[] = ['keyError', 'securityLock', 'pinEntry'];

export function parseRoute(pathname: string, search: string): Route {
  const params = new URLSearchParams(search);
  const parts = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  const [first, second] = parts;
  if (parts.length === 0) return { name: 'home' };
  if (first === 'guide' && second && faultIds.includes(second) && parts.length === 2) {
    const code = params.get('code');
    return code
      ? { name: 'start', fault: second as FaultId, code }
      : { name: 'start', fault: second as FaultId };
  }
  if (first === 'incident' && second && parts.length === 2) return { name: 'incident', id: second };
  if (first === 'lookup' && parts.length === 1) return { name: 'lookup', q: params.get('q') ?? '' };
  if (first === 'history' && parts.length === 1) return { name: 'history' };
  if (first === 'history' && second && parts.length === 2)
    return { name: 'historyItem', id: second };
  if (first === 'practice' && second === 'trainer' && parts.length === 2)
    return { name: 'practiceTrainer' };
  if (first === 'practice' && second === 'run' && parts[2] && parts.length === 3)
    return { name: 'practiceRun', id: parts[2] };
  if (
    parts.length === 1 &&
    (first === 'settings' ||
      first === 'terminals' ||
      first === 'backup' ||
      first === 'prevention' ||
      first === 'practice' ||
      first === 'install')
  ) {
    return { name: first };
  }
  return { name: 'notFound', path: pathname };
}

export function routeUrl(route: Route): string {
  switch (route.name) {
    case 'home':
      return '/';
    case 'start':
      return `/guide/${route.fault}${route.code ? `?code=${encodeURIComponent(route.code)}` : ''}`;
    case 'incident':
      return `/incident/${encodeURIComponent(route.id)}`;
    case 'lookup':
      return `/lookup?q=${encodeURIComponent(route.q)}`;
    case 'history':
      return '/history';
    case 'historyItem':
      return `/history/${encodeURIComponent(route.id)}`;
    case 'practiceTrainer':
      return '/practice/trainer';
    case 'practiceRun':
      return `/practice/run/${encodeURIComponent(route.id)}`;
    case 'notFound':
      return route.path;
    default:
      return `/${route.name}`;
  }
}

const listeners = new Set<() => void>();
let cachedHref = '';
let cachedRoute: Route = { name: 'home' };

function current(): Route {
  if (location.href !== cachedHref) {
    cachedHref = location.href;
    cachedRoute = parseRoute(location.pathname, location.search);
  }
  return cachedRoute;
}

function notify() {
  listeners.forEach((l) => l());
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  if (listeners.size === 1) window.addEventListener('popstate', notify);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('popstate', notify);
  };
}

const homeRoute: Route = { name: 'home' };

/** Where there is no address (the build-time prerender of the home screen): home. */
function serverRoute(): Route {
  return typeof location === 'undefined' ? homeRoute : current();
}

export function useRoute(): Route {
  return useSyncExternalStore(subscribe, current, serverRoute);
}

export function navigate(route: Route, state: unknown = null): void {
  history.pushState(state, '', routeUrl(route));
  notify();
}

export function replace(route: Route, state: unknown = null): void {
  history.replaceState(state, '', routeUrl(route));
  notify();
}
