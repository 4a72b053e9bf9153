import { createApiClient, createOutboxRunner, createSyncScheduler, type SyncReason } from '@/sync';
import { handOverWhenOffline, registerBackgroundSync } from './backgroundSync';

/**
 * The page's side of delivery: one runner and one scheduler for the whole app. The triggers of
 * docs/design.md — app start, `online`, page visible again, "Send now", a dossier just filed — all
 * end in `requestSync`; backoff retries are armed by the scheduler itself. Where the browser has
 * Background Sync, the service worker takes over what the page could not send (./backgroundSync).
 */
const runner = handOverWhenOffline(createOutboxRunner({ api: createApiClient({}) }));
const scheduler = createSyncScheduler(runner, {});

/** What the page itself may ask for: Background Sync is the service worker's, the timer the scheduler's. */
export type PageSyncReason = Exclude<SyncReason, 'sync' | 'timer'>;

export function requestSync(reason: PageSyncReason): void {
  // Registered before the page even tries: the tab may be closed before its drain ends.
  if (reason === 'filed') void registerBackgroundSync();
  void scheduler.request(reason);
}

export function installSyncTriggers(): () => void {
  const onOnline = () => requestSync('online');
  const onVisible = () => {
    if (document.visibilityState === 'visible') requestSync('visible');
  };
  window.addEventListener('online', onOnline);
  document.addEventListener('visibilitychange', onVisible);
  requestSync('start');
  return () => {
    window.removeEventListener('online', onOnline);
    document.removeEventListener('visibilitychange', onVisible);
    scheduler.dispose();
  };
}
