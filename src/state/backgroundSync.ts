import { OUTBOX_SYNC_TAG, type DrainResult, type OutboxRunner, type SyncReason } from '@/sync';

/** Background Sync (WICG; Chromium and Android only) is in no TypeScript lib. */
type WithSync = ServiceWorkerRegistration & { sync?: { register(tag: string): Promise<void> } };

/**
 * Asks the browser to wake the service worker when the network is back, so that a dossier filed
 * offline is delivered even if the app is closed meanwhile (src/sw/backgroundSync.ts). Where the
 * browser has no Background Sync, or refuses (no active worker yet, permission), nothing changes:
 * the page's own triggers deliver the next time the app is open, so failures are not worth a word.
 */
export async function registerBackgroundSync(): Promise<void> {
  try {
    if (!('serviceWorker' in navigator)) return;
    // getRegistration, not `ready`: `ready` never settles where no worker is registered (dev server).
    const registration = (await navigator.serviceWorker.getRegistration()) as WithSync | undefined;
    if (!registration?.active || !registration.sync) return;
    await registration.sync.register(OUTBOX_SYNC_TAG);
  } catch {
    // See above: the page triggers still stand.
  }
}

/**
 * The page's runner, plus a hand-over: every page drain (whatever its trigger, the backoff timer
 * included) that ends because the network is gone registers the sync, so closing the app while
 * offline does not stop delivery.
 */
export function handOverWhenOffline(runner: OutboxRunner): OutboxRunner {
  return {
    async drain(reason: SyncReason): Promise<DrainResult> {
      const result = await runner.drain(reason);
      if (result.offline) void registerBackgroundSync();
      return result;
    },
  };
}
