/// <reference lib="webworker" />
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { createApiClient, createOutboxRunner } from '@/sync';
import { listenForOutboxSync } from './backgroundSync';

declare const self: ServiceWorkerGlobalScope;

/**
 * The app shell and every locale chunk are precached, so after one online visit the app starts
 * with no network at all. API calls are never cached: a filing must reach the server or fail.
 */
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html'), { denylist: [/^\/api\//] }));

// The first visit is controlled at once (docs/toolchain.md); updates wait for the person's yes.
clientsClaim();

self.addEventListener('message', (event: ExtendableMessageEvent) => {
  const data: unknown = event.data;
  if (typeof data === 'object' && data !== null && (data as { type?: unknown }).type === 'SKIP_WAITING') {
    void self.skipWaiting();
  }
});

// The same runner as the page's, over the same database and the same Web Lock (`relais-outbox`),
// so the page and the worker never send at the same time. '' = same origin as the worker.
listenForOutboxSync(self, createOutboxRunner({ api: createApiClient({}) }));
