import { expect, test } from './support/test';
import { amina, RelaisApp } from './pages/RelaisApp';

/** Issue 2, e2e (c): what is typed survives closing the page, without pressing anything. */
test('a draft typed, the page closed and reopened: every field is still there', async ({ context, page }, testInfo) => {
  test.skip(testInfo.project.name !== 'tablet', 'one device is enough for this journey');
  const app = new RelaisApp(page);
  await app.openHome();
  await app.startRenewal();
  await app.fillIdentity(amina);
  const dossierId = /\/dossiers\/([0-9a-f-]{36})/.exec(page.url())?.[1];
  expect(dossierId).toBeDefined();
  // The promise is "durable within 300 ms of typing": close once that budget has passed and the page
  // says so. (Closing within those milliseconds relies on the pagehide flush, which Chromium may cut
  // short: it aborts IndexedDB transactions of a destroyed page.)
  await page.waitForTimeout(300);
  await expect(page.getByText(app.t('wizard:save.saved'))).toBeVisible();
  await page.close({ runBeforeUnload: true });

  const again = new RelaisApp(await context.newPage());
  await again.openHome();
  await again.page.getByTestId('dossier-list').getByRole('link', { name: new RegExp(amina.lastName) }).click();
  await again.expectStep('identity');
  for (const id of ['lastName', 'firstNames', 'birthDate', 'nationality', 'foreignerNumber', 'permitExpiry', 'passportExpiry'] as const) {
    await expect(again.field(id)).toHaveValue(amina[id]);
  }
  expect(again.page.url()).toContain(`/dossiers/${dossierId ?? ''}`);
});

test('the next step is refused with a clear message until the answers are valid', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'phone', 'validation messages are checked on the phone');
  const app = new RelaisApp(page);
  await app.openHome();
  await app.startRenewal();
  await app.fillIdentity({ ...amina, foreignerNumber: '12345' });
  await app.next();
  await expect(page.getByText(app.t('wizard:errors.foreigner-number-format'))).toBeVisible();
  await expect(app.field('foreignerNumber')).toBeFocused();
  await app.fill('foreignerNumber', '12 3456 7890');
  await app.next();
  await app.expectStep('address');
});
