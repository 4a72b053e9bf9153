import { expect, test } from './support/test';
import { RelaisApp } from './pages/RelaisApp';
import { waitForServiceWorker } from './support/serviceWorker';

/** Issue 2, PWA: installable, and after one online visit it starts and changes language with no network. */
test('installable, then starts cold and switches language with no network at all', async ({ context, page }, testInfo) => {
  test.skip(testInfo.project.name !== 'phone', 'installation matters on the phone');
  const app = new RelaisApp(page);
  await app.openHome();
  await waitForServiceWorker(page);

  // Lighthouse 12 has no PWA category: ask Chromium itself (docs/toolchain.md).
  const cdp = await context.newCDPSession(page);
  const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
    installabilityErrors: { errorId: string }[];
  };
  expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);

  const manifest = (await (await page.request.get('/manifest.webmanifest')).json()) as Record<string, unknown>;
  expect(manifest).toMatchObject({ short_name: 'Relais', display: 'standalone', start_url: '/' });

  await context.setOffline(true);
  const cold = new RelaisApp(await context.newPage());
  const response = await cold.page.goto('/');
  expect(response?.fromServiceWorker()).toBe(true);
  await expect(cold.page.getByRole('heading', { level: 1, name: cold.t('home.title') })).toBeVisible();
  // Each language is its own lazy chunk: they must all have been precached.
  await cold.chooseLanguage('en');
  await expect(cold.page.getByRole('heading', { level: 1, name: cold.t('home.title') })).toBeVisible();
  await cold.chooseLanguage('ar');
  await expect(cold.page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(cold.page.getByRole('heading', { level: 1, name: cold.t('home.title') })).toBeVisible();
  await cold.startRenewal();
  await context.setOffline(false);
});
