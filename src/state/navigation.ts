import { useSyncExternalStore } from 'react';

/**
 * A few routes do not justify a router library on a 2G phone. URLs carry only random dossier ids,
 * never personal data (docs/design.md, "Security on shared devices").
 */
export type Route =
  | { name: 'home' }
  | { name: 'blocked' }
  | { name: 'device' }
  | { name: 'dossier'; id: string; step: string | null }
  | { name: 'not-found' };

export function parseRoute(pathname: string): Route {
  if (pathname === '/' || pathname === '') return { name: 'home' };
  if (pathname === '/help' || pathname === '/help/') return { name: 'blocked' };
  if (pathname === '/device' || pathname === '/device/') return { name: 'device' };
  const match = /^\/dossiers\/([0-9a-f-]{36})(?:\/([a-z-]+))?\/?$/.exec(pathname);
  if (match?.[1]) return { name: 'dossier', id: match[1], step: match[2] ?? null };
  return { name: 'not-found' };
}

export function routePath(route: Route): string {
  switch (route.name) {
    case 'home':
      return '/';
    case 'blocked':
      return '/help';
    case 'device':
      return '/device';
    case 'dossier':
      return `/dossiers/${route.id}${route.step ? `/${route.step}` : ''}`;
    case 'not-found':
      return '/';
  }
}

const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

export function navigate(route: Route, options: { replace?: boolean } = {}): void {
  const path = routePath(route);
  if (options.replace) window.history.replaceState(null, '', path);
  else window.history.pushState(null, '', path);
  for (const listener of listeners) listener();
  // A new screen starts at the top, like a page load.
  window.scrollTo(0, 0);
}

export function useRoute(): Route {
  const pathname = useSyncExternalStore(subscribe, () => window.location.pathname);
  return parseRoute(pathname);
}
