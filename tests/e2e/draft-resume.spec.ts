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
  for (const id of ['lastName', 'firstNames', 'nationality', 'foreignerNumber'] as const) {
    await expect(again.field(id)).toHaveValue(amina[id]);
  }
  for (const id of ['birthDate', 'permitExpiry', 'passportExpiry'] as const) await again.expectDate(id, amina[id]);
  await expect(again.page.getByRole('radio', { name: again.t('wizard:options.identityDocument.passport') })).toBeChecked();
  expect(again.page.url()).toContain(`/dossiers/${dossierId ?? ''}`);
});

test('"Next" waits only for what filing would wait for: a name, a value that is not a value', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'phone', 'validation messages are checked on the phone');
  const app = new RelaisApp(page);
  await app.openHome();
  await app.startRenewal();
  // Without a name there is nobody to file for (CESEDA R. 431-10): held, with the reason, on the field.
  await app.fillIdentity({ ...amina, lastName: '' });
  await app.next();
  await expect(page.getByText(app.t('wizard:errors.required'))).toBeVisible();
  await expect(app.field('lastName')).toBeFocused();
  // A numéro étranger of an unexpected length rests on an unconfirmed format: it lets the person go on.
  await app.fill('lastName', amina.lastName);
  await app.fill('foreignerNumber', '12345');
  await app.next();
  await app.expectStep('address');
  // A postcode of four digits is a typo: fixed in a second, so it holds "Next" until it is.
  await app.fill('street', amina.street);
  await app.fill('postcode', '7501');
  await app.next();
  await expect(page.getByText(app.t('wizard:errors.postcode-format'))).toBeVisible();
  await expect(app.field('postcode')).toBeFocused();
  await app.fill('postcode', amina.postcode);
  await app.next();
  await app.expectStep('family');
});
