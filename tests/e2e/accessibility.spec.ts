import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from './support/test';
import { findProcedure } from '@/procedures';
import { RelaisApp } from './pages/RelaisApp';
import type { Lng } from './support/locales';
import { walkToReview } from './support/procedureWalker';

/** Issue 2, e2e (e): every screen, scanned with axe (WCAG 2.x A and AA rules), on both devices. */
async function expectNoViolations(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, `axe violations on ${screen}`).toEqual([]);
  // A text whose variable was not passed would show its raw placeholder to the person.
  expect(await page.locator('body').innerText(), `raw placeholder on ${screen}`).not.toMatch(/\{\{\w+\}\}/);
}

for (const lng of ['fr', 'ar'] as const satisfies readonly Lng[]) {
  test(`every screen passes axe in ${lng}`, async ({ page }) => {
    test.setTimeout(120_000);
    const procedure = findProcedure('renewal-cst-vpf');
    if (!procedure) throw new Error('renewal-cst-vpf is missing');
    const app = new RelaisApp(page);
    await app.openHome();
    await app.chooseLanguage(lng);
    await expectNoViolations(page, 'home');

    await app.startRenewal();
    await app.next(); // empty: the error messages must be accessible too
    await expect(page.getByText(app.t('wizard:errors.required')).first()).toBeVisible();
    await expectNoViolations(page, 'identity with errors');

    await app.goToStep('review');
    await expectNoViolations(page, 'review (incomplete)');
    await app.goToStep('identity');

    await walkToReview(app, procedure, {}, lng === 'fr' ? 40 : 50, (stepId) => expectNoViolations(page, stepId));
    await expectNoViolations(page, 'review (complete)');
    await app.fileDossier();
    await expect(app.receiptNumber()).toBeVisible({ timeout: 20_000 });
    await expectNoViolations(page, 'receipt');

    await page.getByRole('link', { name: app.t('blockedLink') }).click();
    await expect(page.getByRole('heading', { level: 1, name: app.t('help:title') })).toBeVisible();
    await expectNoViolations(page, 'blocked');
  });
}

test('the phone layout holds at 320 px with 200 % text', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'phone', 'narrow screens only');
  await page.setViewportSize({ width: 320, height: 640 });
  const app = new RelaisApp(page);
  await app.openHome();
  // Through the CSSOM, which the strict CSP allows (an injected <style> would be refused).
  await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%'));
  await app.startRenewal();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const nextBox = await page.getByRole('button', { name: app.t('wizard:next') }).boundingBox();
  expect(nextBox?.height ?? 0).toBeGreaterThanOrEqual(44);
});
