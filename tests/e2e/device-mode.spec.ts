import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from './support/test';
import { RelaisApp } from './pages/RelaisApp';
import { createMediatorProfile, lockScreen, unlockProfile } from './support/mediator';
import { serveConfig } from './support/runtimeConfig';

/**
 * Issue 6: how a device is used. A real first start asks (as the first card of the home screen,
 * which does not block anyone who wants to start at once); a deployment that fixes the mode in
 * config.json offers no choice at all.
 */
async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('a first start asks how the device is used, keeps the answer, and lets it change', async ({ page }) => {
  const app = new RelaisApp(page);
  await serveConfig(page, () => ({ deviceMode: null }));
  await app.openHome();

  const question = page.getByRole('region', { name: app.t('device:question') });
  await expect(question).toBeVisible();
  // Until answered, the device behaves as a personal phone: procedures can be started at once.
  await expect(page.getByRole('link', { name: app.t('device:badgeLabel', { mode: app.t('device:modes.personal.badge') }) })).toBeVisible();
  for (const mode of ['personal', 'mediator', 'kiosk']) {
    const radio = question.getByRole('radio', { name: app.t(`device:modes.${mode}.label`) });
    await expect(radio).toBeVisible();
  }
  await expect(question.getByRole('radio', { name: app.t('device:modes.personal.label') })).toBeChecked();
  // Each choice says what it does, read out with it.
  await expect(question.getByRole('radio', { name: app.t('device:modes.kiosk.label') })).toHaveAccessibleDescription(/120|2 min/);

  await question.getByRole('radio', { name: app.t('device:modes.mediator.label') }).check();
  await question.getByRole('button', { name: app.t('device:save') }).click();
  // A mediator's tablet locks at once: its first mediator creates a profile (mediator-lock.spec.ts).
  await expect(lockScreen(app)).toBeVisible();
  const badge = page.getByRole('link', { name: app.t('device:badgeLabel', { mode: app.t('device:modes.mediator.badge') }) });
  await expect(badge).toBeVisible();
  await createMediatorProfile(app, 'Awa Diallo', '482916');

  await page.reload();
  await expect(lockScreen(app)).toBeVisible();
  await unlockProfile(app, 'Awa Diallo', '482916');
  await expect(page.getByRole('region', { name: app.t('device:question') })).toHaveCount(0);

  // The settings place: the same choice, changeable.
  await badge.click();
  await expect(page.getByRole('heading', { level: 1, name: app.t('device:screen.title') })).toBeVisible();
  await expect(page.getByRole('radio', { name: app.t('device:modes.mediator.label') })).toBeChecked();
  await expectNoAxeViolations(page);
  // Awa's dossiers are sealed under her code, which only this mode asks for: leaving it means
  // erasing the tablet first (device-mode-switch.spec.ts).
  await page.getByRole('radio', { name: app.t('device:modes.personal.label') }).check();
  await expect(page.getByText(app.t('device:eraseToChange.refused', { n: 1 }))).toBeVisible();
  await expect(page.getByRole('button', { name: app.t('device:save') })).toBeDisabled();
  await expect(badge).toBeVisible();
  await expect(page.getByText(app.t('device:config.source.network'))).toBeVisible();
});

test('a mode fixed by config.json offers no choice, on the home screen or in the settings', async ({ page }) => {
  const app = new RelaisApp(page);
  await serveConfig(page, () => ({ deviceMode: 'mediator' }));
  await page.goto('/');
  await expect(lockScreen(app)).toBeVisible();
  await createMediatorProfile(app, 'Awa Diallo', '482916');
  await expect(page.getByRole('region', { name: app.t('device:question') })).toHaveCount(0);
  await expect(page.getByRole('radio')).toHaveCount(0);

  await page.getByRole('link', { name: app.t('device:badgeLabel', { mode: app.t('device:modes.mediator.badge') }) }).click();
  await expect(page.getByRole('heading', { level: 1, name: app.t('device:screen.title') })).toBeVisible();
  await expect(page.getByText(app.t('device:screen.fixed'))).toBeVisible();
  await expect(page.getByRole('radio')).toHaveCount(0);
  await expect(page.getByRole('button', { name: app.t('device:save') })).toHaveCount(0);
});

test('a wrong config.json is shown to the deployer on the device screen, and the app still runs', async ({ page }) => {
  const app = new RelaisApp(page);
  await serveConfig(page, () => ({ deviceMode: 'Kiosk', kioskIdleSeconds: -1, retentionDays: 10, devicemode: 'kiosk' }));
  await app.openHome();
  // deviceMode refused: no mode fixed, so the device asks as on any first start.
  await expect(page.getByRole('region', { name: app.t('device:question') })).toBeVisible();
  await page.goto('/device');
  const notice = page.getByRole('status').filter({ hasText: app.t('device:config.problemsTitle') });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText(app.t('device:config.invalid', { fields: 'deviceMode, kioskIdleSeconds' }));
  await expect(notice).toContainText(app.t('device:config.unknown', { fields: 'devicemode' }));
  await expectNoAxeViolations(page);
  // The valid field applied: the personal mode says documents go 10 days after filing.
  await expect(page.getByText(app.t('device:modes.personal.description', { days: 10 })).first()).toBeVisible();
});
