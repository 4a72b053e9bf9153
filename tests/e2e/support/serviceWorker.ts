import type { Page } from '@playwright/test';

/**
 * `navigator.serviceWorker.ready` resolves while the worker may still be activating
 * (docs/toolchain.md): wait until a worker controls the page and is activated, which also means the
 * precache (installed before activation) is complete.
 */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', undefined, { timeout: 20_000 });
}
