import type { BrowserContext, Page } from '@playwright/test';

export type ServedConfig = Record<string, unknown>;

/**
 * Serves `/config.json` as a deployment would, to the page and to anything else in the context.
 * `config()` is read at each request, so a test can change it between two starts.
 */
export async function serveConfig(target: Page | BrowserContext, config: () => ServedConfig | string): Promise<void> {
  await target.route('**/config.json', async (route) => {
    const value = config();
    await route.fulfill({
      status: 200,
      contentType: 'application/json; charset=utf-8',
      headers: { 'cache-control': 'no-cache' },
      body: typeof value === 'string' ? value : JSON.stringify(value),
    });
  });
}
