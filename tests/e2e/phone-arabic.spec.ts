import { expect, test, type Locator } from './support/test';
import { findProcedure } from '@/procedures';
import { RelaisApp } from './pages/RelaisApp';
import { walkToReview } from './support/procedureWalker';
import { waitForServiceWorker } from './support/serviceWorker';

/**
 * Issue 13, as the walk that found it: an Arabic speaker on a 360 px phone — whose browser speaks
 * American English — checks their own answers. What was typed reads as typed; French terms keep
 * their guillemets; names are asked in Latin letters; dates read day / month / year; a dossier
 * waiting for the network says it is not filed yet and keeps its deadline in sight.
 */
test.use({ locale: 'en-US' });

/** The characters of an element's text in the order they appear on screen, left to right. */
async function visualText(element: Locator): Promise<string> {
  return element.evaluate((node) => {
    const chars: { x: number; c: string }[] = [];
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      const value = text.textContent ?? '';
      for (let i = 0; i < value.length; i++) {
        const c = value[i] ?? '';
        if (/[\u2066-\u2069\u200e\u200f]/.test(c)) continue;
        const range = document.createRange();
        range.setStart(text, i);
        range.setEnd(text, i + 1);
        const rect = range.getBoundingClientRect();
        if (rect.width > 0 || c === ' ') chars.push({ x: rect.left, c });
      }
    }
    return chars
      .sort((a, b) => a.x - b.x)
      .map((ch) => ch.c)
      .join('')
      .replace(/\s+/g, ' ')
      .trim();
  });
}

test('in Arabic on a phone: typed values read as typed, names in Latin letters, dates day/month/year, and "not filed yet" with its deadline', async ({ page, context }, testInfo) => {
  test.skip(testInfo.project.name !== 'phone', 'the phone walk');
  test.setTimeout(120_000);
  const procedure = findProcedure('renewal-cst-vpf');
  if (!procedure) throw new Error('renewal-cst-vpf is missing');
  // The browser speaks American English: Relais opens in English, and the person picks Arabic.
  const app = new RelaisApp(page, 'en');
  await app.openHome();
  await waitForServiceWorker(page);
  await app.chooseLanguage('ar');
  await app.startRenewal();

  // A French term inside the Arabic title keeps its guillemets on the right sides, marked French.
  const french = page.locator('.wizard__procedure [lang="fr"]');
  await expect(french).toHaveAttribute('dir', 'ltr');
  expect(await visualText(french)).toBe('« vie privée et familiale »');

  // Dates: three boxes, day first, whatever the browser's language (en-US here).
  const birth = app.dateField('birthDate');
  const boxes = [app.t('wizard:date.day'), app.t('wizard:date.month'), app.t('wizard:date.year')].map((label) => birth.getByLabel(label, { exact: true }));
  const xs = await Promise.all(boxes.map(async (box) => (await box.boundingBox())?.x ?? 0));
  expect(xs[0]).toBeLessThan(xs[1] ?? 0);
  expect(xs[1]).toBeLessThan(xs[2] ?? 0);

  // A name typed in Arabic script is refused with its reason, in Arabic; in Latin letters it is taken.
  await app.field('lastName').fill('بن علي');
  await app.next();
  await expect(page.getByText(app.t('wizard:errors.name-latin'))).toBeVisible();
  await app.field('lastName').fill('');
  await app.page.goto('/');

  // The whole renewal, with values whose order matters.
  await app.startRenewal();
  const typed = { foreignerNumber: '75 01 23 45 67', street: '12 rue des Lilas', taxStamp: '1234 5678 9012 3456' };
  await walkToReview(app, procedure, typed, 300);
  for (const [field, value] of Object.entries(typed)) {
    // On the review: isolated left to right, so the screen shows exactly what was typed.
    const shown = page.locator('.summary-list__row').filter({ has: page.getByText(app.t(`wizard:fields.${field}.label`), { exact: true }) }).locator('dd bdi');
    expect(await visualText(shown)).toBe(value);
  }
  // In the inputs too: typed values run left to right inside the Arabic page.
  await app.goToStep('address');
  await expect(app.field('street')).toHaveAttribute('dir', 'ltr');
  expect(await app.field('street').evaluate((input) => getComputedStyle(input).direction)).toBe('ltr');
  await app.goToStep('review');

  // Filed with no network: "not filed yet", and the deadline still on screen, here and at home.
  await context.setOffline(true);
  await app.fileDossier();
  await expect(page.getByText(app.t('delivery.offlineBody'))).toBeVisible();
  await expect(page.getByTestId('deadline')).toBeVisible();
  await page.goto('/').catch(() => undefined);
  const card = page.getByTestId('dossier-list').locator('.dossier-card').first();
  await expect(card).toContainText(app.t('status.waiting'));
  await expect(card.getByTestId('dossier-deadline')).toBeVisible();
  expect(await card.getByTestId('dossier-deadline').innerText()).toMatch(/\d/);
  // The dossiers come first on the home screen.
  const [list, start] = [await page.getByTestId('dossier-list').boundingBox(), await page.getByRole('heading', { name: app.t('home.startTitle') }).boundingBox()];
  expect(list?.y ?? 1).toBeLessThan(start?.y ?? 0);
  await context.setOffline(false);
});
