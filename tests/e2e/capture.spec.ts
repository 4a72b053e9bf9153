import { writeFileSync } from 'node:fs';
import { expect, test, type Page } from './support/test';
import { PDFDocument } from 'pdf-lib';
import { RelaisApp } from './pages/RelaisApp';
import { deviceDocumentBytes } from './support/deviceDocuments';
import type { FixtureFile } from './support/files';

/**
 * A JPEG photo of a "text page" made by the browser's own encoder, with an EXIF segment carrying a
 * GPS position spliced in after SOI, as a phone camera would write it.
 */
async function photoWithGps(page: Page, seed: number): Promise<FixtureFile> {
  const bytes = await page.evaluate(async (s) => {
    const canvas = new OffscreenCanvas(1600, 2200);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2d context');
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, 1600, 2200);
    ctx.fillStyle = '#111';
    for (let line = 0; line < 40; line++) ctx.fillRect(120, 160 + line * 48, 900 + ((line * 97 + s * 31) % 400), 14);
    const jpeg = new Uint8Array(await (await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 })).arrayBuffer());
    // APP1 "Exif\0\0" + little-endian TIFF with one IFD0 entry: GPSInfo (0x8825) → a GPS IFD.
    const tiff = [0x49, 0x49, 0x2a, 0x00, 0x08, 0x00, 0x00, 0x00, 0x01, 0x00, 0x25, 0x88, 0x04, 0x00, 0x01, 0x00, 0x00, 0x00, 0x1a, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
      0x01, 0x00, 0x01, 0x00, 0x02, 0x00, 0x02, 0x00, 0x00, 0x00, 0x4e, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00];
    const payload = [...new TextEncoder().encode('Exif\0\0'), ...tiff, ...new TextEncoder().encode('GPS-CANARY-48.8566N')];
    const length = payload.length + 2;
    const app1 = [0xff, 0xe1, length >> 8, length & 0xff, ...payload];
    return [...jpeg.slice(0, 2), ...app1, ...jpeg.slice(2)];
  }, seed);
  return { name: `fiche-de-paie-${seed}.jpg`, mimeType: 'image/jpeg', buffer: Buffer.from(bytes) };
}

test('five photos become one five-page PDF, reordered, without any EXIF or GPS, under the limit', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'phone', 'capture matters on the phone');
  test.setTimeout(90_000);
  const app = new RelaisApp(page);
  await app.openHome();
  await app.startRenewal();
  await app.goToStep('documents');

  const photos = await Promise.all([1, 2, 3, 4, 5].map((seed) => photoWithGps(page, seed)));
  expect(photos.every((p) => p.buffer.includes('GPS-CANARY'))).toBe(true); // positive control
  const slot = app.documentSlot('passport');
  await app.page.getByTestId('file-input-passport').setInputFiles(photos);
  const panel = slot.getByTestId('pages-panel');
  await expect(panel.locator('.page-item')).toHaveCount(5, { timeout: 30_000 });

  const firstBefore = await panel.locator('.page-item img').first().getAttribute('src');
  await panel.getByRole('button', { name: app.t('wizard:capture.moveDown', { page: app.t('wizard:capture.pageName', { n: 1 }) }) }).click();
  await expect(panel.locator('.page-item img').nth(1)).toHaveAttribute('src', firstBefore ?? '');
  await panel.getByRole('button', { name: app.t('wizard:capture.save', { n: 5 }) }).click();
  // Named after the page now first: photo 2, since photo 1 was moved down.
  await expect(slot.getByText('fiche-de-paie-2.pdf')).toBeVisible({ timeout: 30_000 });

  const [pdf] = await deviceDocumentBytes(page);
  if (!pdf) throw new Error('no document stored');
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect((await PDFDocument.load(pdf)).getPageCount()).toBe(5);
  expect(pdf.includes('GPS-CANARY')).toBe(false);
  expect(pdf.includes('Exif')).toBe(false);
  expect(pdf.byteLength).toBeLessThan(2 * 1024 * 1024);
});

test('bad files get a clear message and nothing saved is lost', async ({ page }, testInfo) => {
  test.setTimeout(60_000);
  test.skip(testInfo.project.name !== 'tablet', 'one device is enough');
  const app = new RelaisApp(page);
  await app.openHome();
  await app.startRenewal();
  await app.goToStep('documents');
  const slot = app.documentSlot('passport');
  // Issue 13: each message names the file (isolated, as the app does), says what was found, and
  // offers the doable way first — the camera.
  const named = (file: string, extra: Record<string, number> = {}) => ({ file: `\u2068${file}\u2069`, max: 20, ...extra });
  const refuse = async (file: FixtureFile, reason: string, extra: Record<string, number> = {}) => {
    await app.attach('passport', file);
    await expect(slot.getByRole('alert')).toHaveText(app.t(`wizard:documentErrors.${reason}`, named(file.name, extra)));
    await expect(slot.getByRole('alert')).toContainText(app.t('wizard:takePhoto'));
  };
  await app.attachAndWait('passport', { name: 'passeport.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n', 'latin1') });
  await refuse({ name: 'photo.jpg', mimeType: 'image/jpeg', buffer: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4, 5, 6, 7, 8, 9]) }, 'undecodable');
  await refuse({ name: 'vide.jpg', mimeType: 'image/jpeg', buffer: Buffer.alloc(0) }, 'empty');
  await refuse({ name: 'IMG_0001.heic', mimeType: 'image/heic', buffer: Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypheic'), Buffer.alloc(32)]) }, 'heic');
  await refuse({ name: 'programme.jpg', mimeType: 'image/jpeg', buffer: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(64)]) }, 'not-a-document');
  // Playwright passes buffers only up to 50 MB: the 60 MB photo goes through a file on disk.
  const huge = testInfo.outputPath('enorme.jpg');
  writeFileSync(huge, Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(60 * 1024 * 1024)]));
  await app.page.getByTestId('file-input-passport').setInputFiles(huge);
  await expect(slot.getByRole('alert')).toHaveText(app.t('wizard:documentErrors.too-large', named('enorme.jpg')));
  await refuse({ name: 'protege.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R /Encrypt << /Filter /Standard /V 2 >> >>\n%%EOF\n', 'latin1') }, 'encrypted');
  const many = await PDFDocument.create();
  for (let i = 0; i < 40; i++) many.addPage();
  await refuse({ name: 'quarante-pages.pdf', mimeType: 'application/pdf', buffer: Buffer.from(await many.save()) }, 'too-many-pages', { pages: 40 });
  // The document saved first is still there.
  await expect(slot.getByText('passeport.pdf')).toBeVisible();
  // The message is kept as what happened, not as words: switching to Arabic says it in Arabic.
  await app.chooseLanguage('ar');
  await expect(slot.getByRole('alert')).toHaveText(app.t('wizard:documentErrors.too-many-pages', named('quarante-pages.pdf', { pages: 40 })));
});
