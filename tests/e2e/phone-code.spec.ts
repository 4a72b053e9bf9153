import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from './support/test';
import { RelaisApp } from './pages/RelaisApp';
import { dumpDevice } from './support/deviceDump';
import { goInApp, lockButton } from './support/mediator';
import { serveConfig, type ServedConfig } from './support/runtimeConfig';

/**
 * Issue 6, the applicant's own phone (docs/threat-model.md, decision 2): no code unless the owner
 * sets one on the device screen; with one, a lock screen with only the code field at each start,
 * on demand and after `mediatorLockMinutes` idle; wrong codes bring the growing wait, never a wipe.
 */
const PERSONAL: ServedConfig = { deviceMode: 'personal', mediatorLockMinutes: 1 };
const CODE = '482916';

async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

const home = (app: RelaisApp) => app.page.getByRole('heading', { level: 1, name: app.t('home.title') });
const ownerLock = (app: RelaisApp) => app.page.getByRole('heading', { level: 1, name: app.t('lock:owner.title') });
const codeField = (app: RelaisApp) => app.page.getByLabel(app.t('lock:owner.code'), { exact: true });
const unlockButton = (app: RelaisApp) => app.page.getByRole('button', { name: app.t('lock:unlock.submit') });

async function startPhone(page: Page): Promise<RelaisApp> {
  await page.clock.install();
  await serveConfig(page, () => PERSONAL);
  const app = new RelaisApp(page);
  await page.goto('/');
  await expect(home(app)).toBeVisible();
  return app;
}

async function startDossier(app: RelaisApp, lastName: string): Promise<void> {
  await app.startRenewal();
  await app.fill('lastName', lastName);
  await expect(app.page.getByText(app.t('wizard:save.saved'))).toBeVisible();
}

/** The device screen's « Code de ce téléphone » section, reached inside the running app. */
async function codeSection(app: RelaisApp): Promise<Locator> {
  await goInApp(app, '/device');
  const section = app.page.getByRole('region', { name: app.t('device:phoneCode.title') });
  await expect(section).toBeVisible();
  return section;
}

async function setCode(app: RelaisApp, code: string): Promise<void> {
  const section = await codeSection(app);
  await section.getByRole('button', { name: app.t('device:phoneCode.set') }).click();
  const first = section.getByLabel(app.t('lock:create.code'), { exact: true });
  await expect(first).toBeFocused();
  await first.fill(code);
  await section.getByLabel(app.t('lock:create.confirm'), { exact: true }).fill(code);
  await section.getByRole('button', { name: app.t('device:phoneCode.setSubmit') }).click();
  await expect(section.getByText(app.t('device:phoneCode.done.set'))).toBeVisible();
}

async function unlock(app: RelaisApp, code: string): Promise<void> {
  await codeField(app).fill(code);
  await unlockButton(app).click();
  await expect(home(app)).toBeVisible();
}

test('no code: nothing changes; a code set on the device screen protects the draft; lock at start, on demand, when idle; removed: as before', async ({ page }) => {
  test.setTimeout(120_000);
  const app = await startPhone(page);

  // A phone with no code: no lock screen, no lock button.
  await expect(ownerLock(app)).toHaveCount(0);
  await expect(lockButton(app)).toHaveCount(0);
  await startDossier(app, 'Diallo-Telephone');

  // The section says what a code is for and what a forgotten one costs; refusals in words.
  const section = await codeSection(app);
  await expect(section.getByText(app.t('device:phoneCode.optional'))).toBeVisible();
  await expect(section.getByText(app.t('device:phoneCode.forgotten'))).toBeVisible();
  await expectNoAxeViolations(page);
  await section.getByRole('button', { name: app.t('device:phoneCode.set') }).click();
  await section.getByLabel(app.t('lock:create.code'), { exact: true }).fill('123456');
  await section.getByLabel(app.t('lock:create.confirm'), { exact: true }).fill('123456');
  await section.getByRole('button', { name: app.t('device:phoneCode.setSubmit') }).click();
  await expect(section.getByText(app.t('lock:create.errors.trivial'))).toBeVisible();
  await expectNoAxeViolations(page);
  await section.getByRole('button', { name: app.t('device:phoneCode.cancel') }).click();
  await setCode(app, CODE);
  await expect(lockButton(app)).toBeVisible();

  // Each start: the lock screen, with only the code field, focused.
  // A new start, at the home address (a reload would reopen the device screen).
  await page.goto('/');
  await expect(ownerLock(app)).toBeVisible();
  await expect(codeField(app)).toBeFocused();
  await expect(page.getByRole('button', { name: app.t('lock:newProfile') })).toHaveCount(0);
  await expect(page.getByText('Diallo-Telephone')).toHaveCount(0);
  await expectNoAxeViolations(page);
  await codeField(app).fill('000111');
  await unlockButton(app).click();
  await expect(page.getByText(app.t('lock:owner.wrong'))).toBeVisible();
  await expect(codeField(app)).toBeFocused();
  await unlock(app, CODE);
  await page.getByText('Diallo-Telephone').click();
  await expect(app.field('lastName')).toHaveValue('Diallo-Telephone');

  // On demand, then after a minute idle.
  await lockButton(app).click();
  await expect(ownerLock(app)).toBeVisible();
  await expect(page.getByText('Diallo-Telephone')).toHaveCount(0);
  await unlock(app, CODE);
  await page.clock.fastForward('01:05');
  await expect(ownerLock(app)).toBeVisible();
  await unlock(app, CODE);

  // Removed: asked for the code, then nothing asked any more; the draft is still there.
  const again = await codeSection(app);
  await again.getByRole('button', { name: app.t('device:phoneCode.remove') }).click();
  await again.getByLabel(app.t('device:phoneCode.current'), { exact: true }).fill(CODE);
  await again.getByRole('button', { name: app.t('device:phoneCode.removeSubmit') }).click();
  await expect(again.getByText(app.t('device:phoneCode.done.removed'))).toBeVisible();
  await expect(lockButton(app)).toHaveCount(0);
  // A new start, at the home address (a reload would reopen the device screen).
  await page.goto('/');
  await expect(home(app)).toBeVisible();
  await expect(ownerLock(app)).toHaveCount(0);
  await page.getByText('Diallo-Telephone').click();
  await expect(app.field('lastName')).toHaveValue('Diallo-Telephone');
});

test('ten wrong codes and more: still the 30-minute wait, nothing erased, the right code still opens', async ({ page }) => {
  test.setTimeout(120_000);
  const app = await startPhone(page);
  await startDossier(app, 'Ndiaye-Garde');
  await setCode(app, CODE);
  // A new start, at the home address (a reload would reopen the device screen).
  await page.goto('/');
  await expect(ownerLock(app)).toBeVisible();

  const timer = page.getByRole('timer');
  const waits: number[] = [];
  for (let i = 0; i < 11; i++) {
    await codeField(app).fill('000111');
    await unlockButton(app).click();
    await expect(page.getByText(app.t('lock:owner.wrong'))).toBeVisible();
    await expect(codeField(app)).toHaveValue('');
    const shown = (await timer.count()) > 0 ? /(\d+):(\d{2})/.exec(await timer.innerText()) : null;
    const seconds = shown ? Number(shown[1]) * 60 + Number(shown[2]) : 0;
    waits.push(seconds);
    if (seconds > 0) {
      await expect(unlockButton(app)).toBeDisabled();
      await page.clock.fastForward(seconds * 1_000 + 1_000);
      await expect(timer).toHaveCount(0);
    }
  }
  // The tenth and eleventh wrong codes wait as long as the ninth: never an erasure.
  expect(waits.slice(8).every((s) => s > 29 * 60)).toBe(true);
  await expect(page.getByText(app.t('lock:unlock.lastTitle'))).toHaveCount(0);
  const dump = await dumpDevice(page);
  expect(dump.profiles ?? []).toHaveLength(1);
  expect(dump.dossiers ?? []).toHaveLength(1);

  await unlock(app, CODE);
  await page.getByText('Ndiaye-Garde').click();
  await expect(app.field('lastName')).toHaveValue('Ndiaye-Garde');
});

test('a forgotten code: asked twice, then everything of Relais leaves the phone and it starts afresh', async ({ page }) => {
  const app = await startPhone(page);
  await startDossier(app, 'Oubli');
  await setCode(app, CODE);
  await page.goto('/');
  await expect(ownerLock(app)).toBeVisible();

  await page.getByRole('button', { name: app.t('lock:owner.forgot.open') }).click();
  const confirm = page.getByRole('region', { name: app.t('lock:owner.forgot.title') });
  await expect(confirm.getByText(app.t('lock:owner.forgot.body'))).toBeVisible();
  // "No" keeps everything: the code still opens the phone later.
  await confirm.getByRole('button', { name: app.t('lock:owner.forgot.cancel') }).click();
  await expect(confirm).toHaveCount(0);
  await expect(codeField(app)).toBeVisible();

  await page.getByRole('button', { name: app.t('lock:owner.forgot.open') }).click();
  await page.getByRole('button', { name: app.t('lock:owner.forgot.confirm') }).click();
  await expect(home(app)).toBeVisible({ timeout: 15_000 });
  await expect(ownerLock(app)).toHaveCount(0);
  await expect(page.getByText(app.t('home.empty'))).toBeVisible();
  const dump = await dumpDevice(page);
  expect(dump.profiles ?? []).toEqual([]);
  expect(dump.dossiers ?? []).toEqual([]);
});

test('a phone with a code keeps its mode until the code is removed', async ({ page }) => {
  await serveConfig(page, () => ({ deviceMode: null }));
  const app = new RelaisApp(page);
  await app.openHome();
  await setCode(app, CODE);
  await page.getByRole('radio', { name: app.t('device:modes.mediator.label') }).check();
  await expect(page.getByText(app.t('device:phoneCode.removeFirst'))).toBeVisible();
  await expect(page.getByRole('button', { name: app.t('device:save') })).toBeDisabled();
  await page.getByRole('radio', { name: app.t('device:modes.personal.label') }).check();
  await expect(page.getByText(app.t('device:phoneCode.removeFirst'))).toHaveCount(0);
});
