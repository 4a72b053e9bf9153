import type { BrowserContext, Page } from '@playwright/test';

type Registration = { registrationId: string; scopeURL: string; isDeleted: boolean };

/** The Background Sync tags the page's service-worker registration holds (Chromium only). */
export function syncTags(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const registration = (await navigator.serviceWorker.getRegistration()) as
      | (ServiceWorkerRegistration & { sync?: { getTags(): Promise<string[]> } })
      | undefined;
    return (await registration?.sync?.getTags()) ?? [];
  });
}

/**
 * Fires a Background Sync event in the service worker of `origin` through CDP, as the browser does
 * when the network comes back or when it retries. `host` is any page of the context that is not
 * the app's (about:blank): the app's pages are closed, which is the whole point.
 */
export async function fireBackgroundSync(
  context: BrowserContext,
  host: Page,
  { origin, tag, lastChance = false }: { origin: string; tag: string; lastChance?: boolean },
): Promise<void> {
  const cdp = await context.newCDPSession(host);
  try {
    const registrations = new Map<string, Registration>();
    cdp.on('ServiceWorker.workerRegistrationUpdated', ({ registrations: updated }: { registrations: Registration[] }) => {
      for (const registration of updated) registrations.set(registration.registrationId, registration);
    });
    await cdp.send('ServiceWorker.enable');
    const registrationId = await waitFor(() =>
      [...registrations.values()].find((r) => !r.isDeleted && r.scopeURL === `${origin}/`)?.registrationId,
    );
    await cdp.send('ServiceWorker.dispatchSyncEvent', { origin, registrationId, tag, lastChance });
  } finally {
    await cdp.detach();
  }
}

/** The CDP events arrive right after `enable`, not within it. */
async function waitFor<T>(read: () => T | undefined, timeoutMs = 5_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = read();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error('no service worker registration reported by CDP');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
