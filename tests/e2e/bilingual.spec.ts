import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from './support/test';
import { RelaisApp } from './pages/RelaisApp';
import { recordMandateAtGate } from './support/mandate';
import { text } from './support/locales';
import { openMediatorTablet } from './support/mediator';

/**
 * Issue 6 (bilingual view): on a mediator's tablet the applicant reads the screen in Arabic and the
 * mediator reads French beside it — the step's title, what is missing — each French line in its own
 * language and direction, and not a second heading for screen readers.
 */
async function expectNoAxeViolations(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, `axe violations on ${screen}`).toEqual([]);
}

/** A text with a count in it, whatever the count: `{{n}}` becomes a number. */
function withAnyCount(value: string): RegExp {
  return new RegExp(value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace('NUMBER', '\\d+'));
}

test('a mediator’s tablet in Arabic shows the French warnings beside the Arabic ones', async ({ page }, testInfo) => {
  const app = new RelaisApp(page);
  await openMediatorTablet(app);
  await app.chooseLanguage('ar');
  await app.startRenewal();
  await recordMandateAtGate(app);
  await app.goToStep('review');

  // The step's title: one heading, in Arabic; its French follows as a paragraph for the mediator.
  const title = page.getByRole('heading', { level: 1 });
  await expect(title).toHaveText(app.t('wizard:steps.review'));
  const frenchTitle = page.locator('h1 + [data-testid="bilingual-fr"]');
  await expect(frenchTitle).toContainText(text('fr', 'wizard:steps.review'));
  await expect(page.getByRole('heading', { name: text('fr', 'wizard:steps.review') })).toHaveCount(0);

  // What is missing, as warnings: the Arabic heading, then the same heading in French, left to right.
  const arabicHeading = withAnyCount(app.t('wizard:review.warningsTitle', { n: 'NUMBER' }));
  const missing = page.getByRole('status').filter({ hasText: arabicHeading });
  await expect(missing).toBeVisible();
  const count = /\d+/.exec(await missing.locator('.notice__title').innerText())?.[0];
  const frenchHeading = missing.getByTestId('bilingual-fr').first();
  await expect(frenchHeading).toContainText(text('fr', 'wizard:review.warningsTitle', { n: count ?? '' }));
  await expect(frenchHeading).toHaveAttribute('lang', 'fr');
  await expect(frenchHeading).toHaveAttribute('dir', 'ltr');
  await expect(frenchHeading).toContainText(text('fr', 'bilingual.tag'));
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  // Each missing thing has its French line too (the passport is asked of everyone).
  const passport = text('fr', 'wizard:review.missingDocument', { document: text('fr', 'wizard:documents.passport.label') });
  await expect(missing.getByTestId('bilingual-fr').filter({ hasText: passport })).toHaveCount(1);
  // Right under the Arabic heading, not somewhere else on the page.
  const [arabicBox, frenchBox] = [await missing.locator('.notice__title').boundingBox(), await frenchHeading.boundingBox()];
  expect((frenchBox?.y ?? 0) - ((arabicBox?.y ?? 0) + (arabicBox?.height ?? 0))).toBeLessThan(16);
  expect(frenchBox?.y ?? 0).toBeGreaterThan(arabicBox?.y ?? 0);

  await expectNoAxeViolations(page, 'review in Arabic with French lines');

  if (testInfo.project.name === 'phone') {
    // The French lines must reflow like the rest at 320 px with 200 % text.
    await page.setViewportSize({ width: 320, height: 640 });
    await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%'));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  }

  // The mediator switches the screen to French: nothing is said twice any more.
  await app.chooseLanguage('fr');
  await expect(page.getByRole('status').filter({ hasText: withAnyCount(app.t('wizard:review.warningsTitle', { n: 'NUMBER' })) })).toBeVisible();
  await expect(page.getByTestId('bilingual-fr')).toHaveCount(0);
});
