import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { amina, RelaisApp } from './pages/RelaisApp';
import { renewalDocuments } from './support/files';
import type { Lng } from './support/locales';

/** Issue 2, e2e (e): every screen, scanned with axe (WCAG 2.x A and AA rules), on both devices. */
async function expectNoViolations(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, `axe violations on ${screen}`).toEqual([]);
}

for (const lng of ['fr', 'ar'] as const satisfies readonly Lng[]) {
  test(`every screen passes axe in ${lng}`, async ({ page }) => {
    test.setTimeout(90_000);
    const app = new RelaisApp(page);
    await app.openHome();
    await app.chooseLanguage(lng);
    await expectNoViolations(page, 'home');

    await app.startRenewal();
    await expectNoViolations(page, 'identity');
    await app.next(); // empty: the error messages must be accessible too
    await expect(page.getByText(app.t('wizard:errors.required')).first()).toBeVisible();
    await expectNoViolations(page, 'identity with errors');
    await app.fillIdentity(amina);
    await app.next();
    await app.expectStep('address');
    await expectNoViolations(page, 'address');
    await app.fillAddress(amina);
    await app.next();
    await app.expectStep('family');
    await expectNoViolations(page, 'family');
    await app.fillFamily(amina);
    await app.next();
    await app.expectStep('documents');
    const files = renewalDocuments(lng === 'fr' ? 40 : 50);
    await app.attachAndWait('passport', files.passport);
    await expectNoViolations(page, 'documents');
    await app.next();
    await app.expectStep('review');
    await expectNoViolations(page, 'review (incomplete)');

    await page.getByRole('button', { name: app.t('wizard:review.missingDocument', { document: app.t('wizard:documents.current-permit.label') }) }).click();
    await app.expectStep('documents');
    await app.attachAndWait('current-permit', files['current-permit']);
    await app.attachAndWait('proof-of-address', files['proof-of-address']);
    await app.next();
    await app.fileDossier();
    await expect(app.receiptNumber()).toBeVisible({ timeout: 20_000 });
    await expectNoViolations(page, 'receipt');
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
