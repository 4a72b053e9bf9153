import { Workbox } from 'workbox-window';

/**
 * The service worker is registered here, and a new version is only ever applied when the person
 * accepts it (skipWaiting stays off): an update must never reload a form being filled in.
 */
type UpdateState = { available: boolean };

let state: UpdateState = { available: false };
let workbox: Workbox | null = null;
const listeners = new Set<() => void>();

function setState(next: UpdateState): void {
  state = next;
  for (const listener of listeners) listener();
}

/** A new version is installed and waiting for the person's yes. */
export function markUpdateAvailable(): void {
  setState({ available: true });
}

export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  workbox = new Workbox('/sw.js', { scope: '/' });
  workbox.addEventListener('waiting', markUpdateAvailable);
  workbox.register().catch(() => {
    // Without a service worker the app still works online; nothing to tell the person.
  });
}

export function applyUpdate(): void {
  if (!workbox) return;
  workbox.addEventListener('controlling', () => window.location.reload());
  workbox.messageSkipWaiting();
}

export const updateStore = {
  subscribe: (listener: () => void): (() => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  getSnapshot: (): UpdateState => state,
};
