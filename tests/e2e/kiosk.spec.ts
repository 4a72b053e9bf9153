import AxeBuilder from '@axe-core/playwright';
import { findProcedure } from '@/procedures';
import { expect, test, type Page } from './support/test';
import { RelaisApp } from './pages/RelaisApp';
import { dumpDevice, PERSONAL_STORES, type DeviceDump } from './support/deviceDump';
import { pdfFile } from './support/files';
import { walkToReview } from './support/procedureWalker';
import { serveConfig, type ServedConfig } from './support/runtimeConfig';
import { serverSubmission } from './support/serverDb';
import { waitForServiceWorker } from './support/serviceWorker';

/**
 * Issue 6: a kiosk in a prefecture keeps nothing of a person once they leave. The deployment
 * fixes the mode in config.json (served here by the test, with short timings).
 */
const KIOSK: ServedConfig = { deviceMode: 'kiosk', kioskIdleSeconds: 3, kioskCountdownSeconds: 3, mediatorLockMinutes: 5, retentionDays: 30 };

test.skip(({ isMobile }) => isMobile, 'a kiosk is a fixed screen: the tablet project covers it');

function rowsOf(dump: DeviceDump, store: string): unknown[] {
  return dump[store] ?? [];
}

async function expectNothingOfThePerson(page: Page, typed: string): Promise<void> {
  const dump = await dumpDevice(page);
  for (const store of PERSONAL_STORES) expect(rowsOf(dump, store), store).toEqual([]);
  expect(JSON.stringify(dump)).not.toContain(typed);
  expect(rowsOf(dump, 'settings')).toContainEqual({ key: 'language', value: 'fr' });
}

test('after the idle time, a countdown, then everything of the person is erased', async ({ page }) => {
  test.setTimeout(60_000);
  const app = new RelaisApp(page);
  await serveConfig(page, () => KIOSK);
  await app.openHome();
  await expect(page.getByRole('region', { name: app.t('device:question') })).toHaveCount(0);
  await expect(page.getByRole('link', { name: app.t('device:badgeLabel', { mode: app.t('device:modes.kiosk.badge') }) })).toBeVisible();

  await app.chooseLanguage('ar');
  await app.startRenewal();
  await app.fill('lastName', 'Zerhouni-Kiosque');
  await expect(page.getByText(app.t('wizard:save.saved'))).toBeVisible();

  // Idle: the question comes, in the person's language, with the focus on it.
  const dialog = page.getByRole('alertdialog', { name: app.t('device:kiosk.title') });
  await expect(dialog).toBeVisible({ timeout: 10_000 });
  await expect(dialog.getByRole('button', { name: app.t('device:kiosk.stay') })).toBeFocused();

  // "Still here": nothing lost.
  await dialog.getByRole('button', { name: app.t('device:kiosk.stay') }).click();
  await expect(dialog).toBeHidden();
  await expect(app.field('lastName')).toHaveValue('Zerhouni-Kiosque');

  // Gone for good this time: the countdown runs out.
  await expect(dialog).toBeVisible({ timeout: 10_000 });
  app.lng = 'fr';
  await expect(page.getByRole('heading', { level: 1, name: app.t('home.title') })).toBeVisible({ timeout: 10_000 });
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByText(app.t('home.empty'))).toBeVisible();
  await expectNothingOfThePerson(page, 'Zerhouni-Kiosque');

  // The browser's Back button does not bring the person's screen back either.
  await page.goBack();
  await expect(page.getByText('Zerhouni-Kiosque')).toHaveCount(0);
});

test('the countdown is an accessible alert dialog; Escape answers it, printing keeps the session', async ({ page }) => {
  const app = new RelaisApp(page);
  // A long countdown: the scan takes longer than the 3 s of the other tests.
  await serveConfig(page, () => ({ ...KIOSK, kioskIdleSeconds: 1, kioskCountdownSeconds: 120 }));
  await app.openHome();
  const dialog = page.getByRole('alertdialog', { name: app.t('device:kiosk.title') });
  await expect(dialog).toBeVisible({ timeout: 10_000 });
  await expect(dialog).toHaveAccessibleDescription(app.t('device:kiosk.body'));
  await expect(dialog.getByRole('button', { name: app.t('device:kiosk.stay') })).toBeFocused();
  await expect(dialog.getByRole('button', { name: app.t('device:kiosk.print') })).toBeVisible();
  // The seconds run in a live region, so a screen-reader user hears them go.
  const seconds = dialog.locator('[aria-live="polite"]');
  await expect(seconds).toHaveText(/\d+/);
  const first = await seconds.innerText();
  await expect(seconds).not.toHaveText(first);
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: app.t('home.title') })).toBeVisible();

  // "Print my summary" prints the screen (the dialog gone first) and keeps the session.
  await page.evaluate(() => {
    window.print = () => document.documentElement.setAttribute('data-printed', String(document.querySelectorAll('dialog[open]').length));
  });
  await expect(dialog).toBeVisible({ timeout: 10_000 });
  await dialog.getByRole('button', { name: app.t('device:kiosk.print') }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('html')).toHaveAttribute('data-printed', '0');
});

test('a dossier filed offline stays until delivered, hidden from the next person, then is erased', async ({ page, context }) => {
  test.setTimeout(120_000);
  const procedure = findProcedure('renewal-cst-vpf');
  if (!procedure) throw new Error('renewal-cst-vpf is missing');
  const app = new RelaisApp(page);
  // A long idle while the person fills the dossier (photos take a moment to prepare), a short one after.
  let config: ServedConfig = { ...KIOSK, kioskIdleSeconds: 600 };
  await serveConfig(context, () => config);
  await app.openHome();
  await waitForServiceWorker(page);

  await app.startRenewal();
  await walkToReview(app, procedure, { lastName: 'Ouedraogo-Borne' }, 61, undefined, (type) => pdfFile(`${type}.pdf`, `${type} kiosk`));
  await expect(page.getByText(app.t('wizard:review.complete'))).toBeVisible();

  // The national service cannot be reached, from the page or from the service worker.
  const api = /\/api\/v1\//;
  await context.route(api, (route) => route.abort('internetdisconnected'));
  await app.fileDossier();
  await expect(page.getByText(app.t('delivery.offlineTitle'))).toBeVisible({ timeout: 15_000 });
  const before = await dumpDevice(page);
  const submissionId = (rowsOf(before, 'outbox')[0] as { id: string } | undefined)?.id ?? '';
  expect(submissionId).toMatch(/^[0-9a-f-]{36}$/);

  // The person leaves: the next start of the kiosk has the deployment's short idle time.
  config = KIOSK;
  await page.goto('/');
  await expect(page.getByRole('alertdialog', { name: app.t('device:kiosk.title') })).toBeVisible({ timeout: 10_000 });
  await expect(page.getByRole('alertdialog')).toBeHidden({ timeout: 10_000 });

  // Still on the device, still queued — and nothing of it shown to the next person.
  const after = await dumpDevice(page);
  expect((rowsOf(after, 'dossiers') as { status: string }[]).map((d) => d.status)).toEqual(['queued']);
  expect(rowsOf(after, 'outbox')).toHaveLength(1);
  await expect(page.getByText(app.t('home.empty'))).toBeVisible();
  await expect(page.getByText('Ouedraogo-Borne')).toHaveCount(0);
  await expect(page.getByText(app.t('home.waitingTitle', { n: 1 }))).toHaveCount(0);

  // The network comes back: delivered once, then erased from the device.
  await context.unroute(api);
  await context.setOffline(true);
  await context.setOffline(false);
  await expect.poll(() => serverSubmission(submissionId).state, { timeout: 30_000 }).toBe('filed');
  await expect.poll(async () => rowsOf(await dumpDevice(page), 'dossiers').length, { timeout: 15_000 }).toBe(0);
  const dump = await dumpDevice(page);
  for (const store of PERSONAL_STORES) expect(rowsOf(dump, store), store).toEqual([]);
  expect(JSON.stringify(dump)).not.toContain('Ouedraogo-Borne');
  expect(rowsOf(dump, 'settings')).toContainEqual({ key: 'kioskLeftBehind', value: '[]' });
});
