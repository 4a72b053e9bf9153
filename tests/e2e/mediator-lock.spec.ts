import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from './support/test';
import { RelaisApp } from './pages/RelaisApp';
import { recordMandateAtGate } from './support/mandate';
import { dumpDevice } from './support/deviceDump';
import {
  chooseProfile,
  createMediatorProfile,
  goInApp,
  lockButton,
  lockScreen,
  openNewProfileForm,
  unlockProfile,
} from './support/mediator';
import { serveConfig, type ServedConfig } from './support/runtimeConfig';

/**
 * Issue 6, mediator mode: each mediator has a profile protected by a personal code; the tablet
 * locks on demand and after `mediatorLockMinutes` idle; wrong codes bring a growing wait and,
 * at the tenth, the wipe of the profile and its dossiers; a mediator never opens another's
 * dossiers. Playwright's clock skips the idle time and the waits.
 */
const MEDIATOR: ServedConfig = { deviceMode: 'mediator', mediatorLockMinutes: 1 };
const AWA = { name: 'Awa Diallo', code: '482916' };
const YANIS = { name: 'Yanis Haddad', code: '730518' };

test.skip(({ isMobile }) => isMobile, "a mediator's shared tablet: the tablet project covers it");

async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

async function startTablet(page: Page): Promise<RelaisApp> {
  await page.clock.install();
  await serveConfig(page, () => MEDIATOR);
  const app = new RelaisApp(page);
  await page.goto('/');
  await expect(lockScreen(app)).toBeVisible();
  return app;
}

/** The seconds an "m:ss" countdown shows. */
async function secondsShown(timer: Locator): Promise<number> {
  const match = /(\d+):(\d{2})/.exec(await timer.innerText());
  return match ? Number(match[1]) * 60 + Number(match[2]) : Number.NaN;
}

/** Starts a renewal and types a name in it; returns the dossier's address. */
async function startDossier(app: RelaisApp, lastName: string): Promise<string> {
  await app.startRenewal();
  // Nothing of the person's file before their mandate (Aidants Connect model).
  await expect(app.field('lastName')).toHaveCount(0);
  await recordMandateAtGate(app);
  await app.fill('lastName', lastName);
  await expect(app.page.getByText(app.t('wizard:save.saved'))).toBeVisible();
  return new URL(app.page.url()).pathname;
}

test('profiles with a personal code; locked on demand and when idle; each mediator sees only their own dossiers', async ({ page }) => {
  test.setTimeout(90_000);
  const app = await startTablet(page);

  // A new tablet: nothing but the first profile to create, name field first, nothing to scan for.
  await expect(page.getByText(app.t('lock:noProfile'))).toBeVisible();
  const form = await openNewProfileForm(app);
  await expect(form.getByLabel(app.t('lock:create.name'), { exact: true })).toBeFocused();
  await expectNoAxeViolations(page);

  // The code policy's refusals, in words, on the field to fix.
  await form.getByLabel(app.t('lock:create.name'), { exact: true }).fill(AWA.name);
  const code = form.getByLabel(app.t('lock:create.code'), { exact: true });
  const confirm = form.getByLabel(app.t('lock:create.confirm'), { exact: true });
  await expect(code).toHaveAttribute('inputmode', 'numeric');
  await expect(code).toHaveAttribute('autocomplete', 'off');
  for (const [typed, reason] of [['123456', 'trivial'], ['48291', 'too-short'], ['4829a6', 'not-digits']] as const) {
    await code.fill(typed);
    await confirm.fill(typed);
    await form.getByRole('button', { name: app.t('lock:create.submit') }).click();
    await expect(form.getByText(app.t(`lock:create.errors.${reason}`))).toBeVisible();
    await expect(code).toBeFocused();
  }
  await code.fill(AWA.code);
  await confirm.fill('482917');
  await form.getByRole('button', { name: app.t('lock:create.submit') }).click();
  await expect(form.getByText(app.t('lock:create.errors.mismatch'))).toBeVisible();
  await createMediatorProfile(app, AWA.name, AWA.code);

  // Awa starts a dossier and types the person's name, then locks the tablet on demand.
  const awasDossier = await startDossier(app, 'Zerhouni-Mediation');
  await lockButton(app).click();
  await expect(lockScreen(app)).toBeVisible();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByText('Zerhouni-Mediation')).toHaveCount(0);
  await expect(page.getByRole('button', { name: AWA.name, exact: true })).toBeVisible();
  await expectNoAxeViolations(page);

  // Yanis gets his own profile: Awa's dossier is not in his list, and its address says whose it is.
  await createMediatorProfile(app, YANIS.name, YANIS.code);
  await expect(page.getByText(app.t('home.empty'))).toBeVisible();
  await expect(page.getByText('Zerhouni-Mediation')).toHaveCount(0);
  await goInApp(app, awasDossier);
  await expect(page.getByRole('heading', { level: 1, name: app.t('lock:otherProfile.title') })).toBeVisible();
  await expect(app.field('lastName')).toHaveCount(0);
  await lockButton(app).click();

  // Awa again, with her code: her dossier is there, as she left it.
  await unlockProfile(app, AWA.name, AWA.code);
  await expect(page.getByText('Zerhouni-Mediation')).toBeVisible();
  await page.getByText('Zerhouni-Mediation').click();
  await expect(app.field('lastName')).toHaveValue('Zerhouni-Mediation');

  // A minute without input: locked, back home, nothing of the person on screen.
  await page.clock.fastForward('01:05');
  await expect(lockScreen(app)).toBeVisible();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByText('Zerhouni-Mediation')).toHaveCount(0);
  await expect(lockButton(app)).toHaveCount(0);

  // The lock screen in Arabic, right to left.
  await app.chooseLanguage('ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(lockScreen(app)).toBeVisible();
  await expectNoAxeViolations(page);
});

test('wrong codes: three free slips, a growing wait shown on screen, a last warning, the wipe at ten', async ({ page }) => {
  test.setTimeout(120_000);
  const app = await startTablet(page);
  await createMediatorProfile(app, AWA.name, AWA.code);
  await startDossier(app, 'Ndiaye-Efface');
  await lockButton(app).click();
  await createMediatorProfile(app, YANIS.name, YANIS.code);
  await startDossier(app, 'Haddad-Garde');
  await lockButton(app).click();

  const unlock = await chooseProfile(app, AWA.name);
  const wait = page.getByRole('timer');
  // A code of the wrong shape cannot be right: said, not counted.
  await unlock.code.fill('12');
  await unlock.submit.click();
  await expect(unlock.form.getByText(app.t('lock:unlock.shape', { min: 6, max: 12 }))).toBeVisible();

  const delays = [0, 0, 0, 30, 60, 120, 300, 600, 1_800];
  for (const [i, delay] of delays.entries()) {
    const failures = i + 1;
    await unlock.code.fill('000111');
    await unlock.submit.click();
    await expect(unlock.form.getByText(app.t('lock:unlock.wrong', { n: 10 - failures }))).toBeVisible();
    await expect(unlock.code).toBeFocused();
    await expect(unlock.code).toHaveValue('');
    if (delay === 0) {
      await expect(wait).toHaveCount(0);
      continue;
    }
    // The wait, on screen, counting down from the schedule's figure; no try until it is over.
    await expect(wait).toContainText(app.t('lock:unlock.waitTimer', { time: '' }).trim());
    const shown = await secondsShown(wait);
    expect(shown).toBeLessThanOrEqual(delay);
    expect(shown).toBeGreaterThan(delay - 10);
    await expect(page.getByText(app.t('lock:unlock.waitTitle'))).toBeVisible();
    await expect(unlock.submit).toBeDisabled();
    await page.clock.fastForward(delay * 1_000 + 1_000);
    await expect(wait).toHaveCount(0);
    await expect(unlock.submit).toBeEnabled();
  }

  // One try left: the warning says what a wrong code would erase.
  await expect(page.getByText(app.t('lock:unlock.lastTitle'))).toBeVisible();
  await expect(page.getByText(app.t('lock:unlock.lastBody', { dossiers: 1, waiting: 0 }))).toBeVisible();
  await expectNoAxeViolations(page);

  await unlock.code.fill('000111');
  await unlock.submit.click();
  await expect(page.getByText(app.t('lock:unlock.wiped', { name: AWA.name }))).toBeVisible();
  await expect(page.getByRole('button', { name: AWA.name, exact: true })).toHaveCount(0);
  const dump = await dumpDevice(page);
  expect((dump.profiles ?? []).map((p) => (p as { name: string }).name)).toEqual([YANIS.name]);
  expect(dump.dossiers ?? []).toHaveLength(1);

  // Yanis's profile and dossier are untouched.
  await unlockProfile(app, YANIS.name, YANIS.code);
  await expect(page.getByText('Haddad-Garde')).toBeVisible();
  await expect(page.getByText('Ndiaye-Efface')).toHaveCount(0);
});
