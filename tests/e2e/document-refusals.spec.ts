import { expect, test } from './support/test';
import { amina, RelaisApp } from './pages/RelaisApp';
import { pngFile } from './support/files';

/** Issue 2, e2e (d): bad files get a clear message and the dossier stays as it was. */
test('a text file renamed .jpg and a file over the limit are refused; the dossier is intact', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'tablet', 'one device is enough for this journey');
  const app = new RelaisApp(page);
  await app.openHome();
  await app.startRenewal();
  await app.fillIdentity(amina);
  await app.next();
  await app.expectStep('address');
  await app.goToStep('documents');

  const passport = pngFile('passeport.png', 3);
  await app.attachAndWait('passport', passport);
  // A photo is saved as a one-page PDF named after it.
  const savedName = passport.name.replace(/\.png$/, '.pdf');

  await app.attach('current-permit', { name: 'carte.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('this is only text, not a photo') });
  await expect(app.documentSlot('current-permit').getByRole('alert')).toHaveText(app.t('wizard:documentErrors.not-a-document', { file: '\u2068carte.jpg\u2069' }));

  const huge = Buffer.alloc(10 * 1024 * 1024 + 1, 0x20);
  huge.write('%PDF-1.4\n', 0, 'latin1');
  await app.attach('republic-contract', { name: 'scan-enorme.pdf', mimeType: 'application/pdf', buffer: huge });
  await expect(app.documentSlot('republic-contract').getByRole('alert')).toHaveText(app.t('wizard:documentErrors.too-large', { file: '\u2068scan-enorme.pdf\u2069' }));

  await expect(app.documentSlot('current-permit').getByText(app.t('wizard:noDocumentYet'))).toBeVisible();
  await expect(app.documentSlot('passport').getByText(savedName)).toBeVisible();

  await page.reload();
  await app.expectStep('documents');
  await expect(app.documentSlot('passport').getByText(savedName)).toBeVisible();
  await app.next();
  await app.expectStep('review');
  await expect(page.getByRole('button', { name: app.t('wizard:review.file') })).toBeDisabled();
  await expect(page.getByText(app.t('wizard:review.missingDocument', { document: app.t('wizard:documents.current-permit.label') }))).toBeVisible();
  await expect(page.getByText(amina.foreignerNumber)).toBeVisible();
});
