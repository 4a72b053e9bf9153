import { expect } from '@playwright/test';
import type { RelaisApp } from '../pages/RelaisApp';
import { serveConfig } from './runtimeConfig';

/**
 * A mediator's tablet as its mediators meet it (issue 6): the lock screen, profiles, codes. Words
 * on screen in the current language, as everywhere in the e2e tests.
 */
export function lockScreen(app: RelaisApp) {
  return app.page.getByRole('heading', { level: 1, name: app.t('lock:title') });
}

export function lockButton(app: RelaisApp) {
  return app.page.getByRole('button', { name: new RegExp(`^${app.t('lock:lockButton')}\\b`) });
}

/** The new-profile form, opened from the profile list when there already are profiles. */
export async function openNewProfileForm(app: RelaisApp) {
  const form = app.page.getByRole('form', { name: app.t('lock:create.title') });
  const open = app.page.getByRole('button', { name: app.t('lock:newProfile') });
  // Whichever the lock screen shows once the profiles are read: the form itself (none yet) or the list.
  await expect(form.or(open)).toBeVisible();
  if (await open.isVisible()) await open.click();
  await expect(form).toBeVisible();
  return form;
}

/** Creates a profile from the lock screen; it opens at once on the home screen. */
export async function createMediatorProfile(app: RelaisApp, name: string, code: string): Promise<void> {
  const form = await openNewProfileForm(app);
  await form.getByLabel(app.t('lock:create.name'), { exact: true }).fill(name);
  await form.getByLabel(app.t('lock:create.code'), { exact: true }).fill(code);
  await form.getByLabel(app.t('lock:create.confirm'), { exact: true }).fill(code);
  await form.getByRole('button', { name: app.t('lock:create.submit') }).click();
  await expect(app.page.getByRole('heading', { level: 1, name: app.t('home.title') })).toBeVisible();
  await expect(lockButton(app)).toContainText(name);
}

/** Picks a profile on the lock screen: its code field has the focus. */
export async function chooseProfile(app: RelaisApp, name: string) {
  await app.page.getByRole('button', { name, exact: true }).click();
  const form = app.page.getByRole('form', { name: app.t('lock:unlock.title', { name }) });
  const code = form.getByLabel(app.t('lock:unlock.code'), { exact: true });
  await expect(code).toBeFocused();
  return { form, code, submit: form.getByRole('button', { name: app.t('lock:unlock.submit') }) };
}

export async function unlockProfile(app: RelaisApp, name: string, code: string): Promise<void> {
  const unlock = await chooseProfile(app, name);
  await unlock.code.fill(code);
  await unlock.submit.click();
  await expect(app.page.getByRole('heading', { level: 1, name: app.t('home.title') })).toBeVisible();
}

/** Moves to `path` inside the running app (no reload, which would lock the tablet by itself). */
export async function goInApp(app: RelaisApp, path: string): Promise<void> {
  await app.page.evaluate((target) => {
    window.history.pushState(null, '', target);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, path);
}

/** A tablet fixed in mediator mode opens on its lock screen: the first mediator creates a profile. */
export async function openMediatorTablet(app: RelaisApp): Promise<void> {
  await serveConfig(app.page, () => ({ deviceMode: 'mediator' }));
  await app.page.goto('/');
  await expect(lockScreen(app)).toBeVisible();
  await app.page.getByLabel(app.t('lock:create.name')).fill('Paul Martin');
  await app.page.getByLabel(app.t('lock:create.code')).fill('274915');
  await app.page.getByLabel(app.t('lock:create.confirm')).fill('274915');
  await app.page.getByRole('button', { name: app.t('lock:create.submit') }).click();
  await expect(app.page.getByRole('heading', { level: 1, name: app.t('home.title') })).toBeVisible({ timeout: 15_000 });
}
