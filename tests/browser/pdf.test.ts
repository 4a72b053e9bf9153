import { PDFDocument } from 'pdf-lib';
import { beforeAll, expect, test } from 'vitest';
import { assemblePdf, captureLimits, inspectPdf, processImage } from '@/capture';
import { textPagePhoto } from './fixtures';

let pageJpeg: ArrayBuffer;
let portraitJpeg: ArrayBuffer;
beforeAll(async () => {
  pageJpeg = (await processImage(await textPagePhoto({ width: 4000, height: 3000, noise: 4 }))).jpeg;
  portraitJpeg = (await processImage(await textPagePhoto({ width: 1500, height: 2000 }))).jpeg;
});

const pdfBytes = (text: string) => new TextEncoder().encode(text).buffer;

test('five 12 MP pages make one PDF under 2 MB, each page fitted to A4', async () => {
  const pdf = await assemblePdf([pageJpeg, pageJpeg, pageJpeg, pageJpeg, portraitJpeg]);
  expect(pdf.byteLength).toBeLessThan(captureLimits.advisedDocumentBytes);
  await expect(inspectPdf(pdf)).resolves.toEqual({ ok: true, pages: 5 });

  const parsed = await PDFDocument.load(pdf, { updateMetadata: false });
  // A 4:3 photo is squatter than A4 (1:1.414): it fills the short side of an A4 in its orientation.
  const landscape = parsed.getPage(0).getSize();
  expect(landscape.height).toBeCloseTo(595.28, 1);
  expect(landscape.width / landscape.height).toBeCloseTo(2339 / 1755, 2);
  const portrait = parsed.getPage(4).getSize();
  expect(portrait.width).toBeCloseTo(595.28, 1);
  expect(portrait.height).toBeCloseTo(595.28 / 0.75, 0);
  // Nothing about who made it or when.
  expect(parsed.getProducer()).toBe('Relais');
  expect(parsed.getCreationDate()).toBeUndefined();
  expect(parsed.getAuthor()).toBeUndefined();
});

test('assembling needs 1 to maxPdfPages pages', async () => {
  await expect(assemblePdf([])).rejects.toThrow(RangeError);
});

test('a password-protected PDF (trailer /Encrypt) → encrypted', async () => {
  const encrypted = [
    '%PDF-1.4',
    '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
    '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
    '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj',
    '4 0 obj << /Filter /Standard /V 2 /R 3 /Length 128 /P -3904 /O <00> /U <00> >> endobj',
    'trailer << /Size 5 /Root 1 0 R /Encrypt 4 0 R /ID [<01> <01>] >>',
    '%%EOF',
  ].join('\n');
  await expect(inspectPdf(pdfBytes(encrypted))).resolves.toEqual({ ok: false, reason: 'encrypted' });
});

test('a PDF whose /Encrypt dictionary pdf-lib cannot resolve is still encrypted', async () => {
  const encrypted = '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R /Encrypt 9 0 R >>\n%%EOF';
  await expect(inspectPdf(pdfBytes(encrypted))).resolves.toEqual({ ok: false, reason: 'encrypted' });
});

test('a 40-page PDF → too-many-pages, with its page count for the message', async () => {
  const pdf = await PDFDocument.create();
  for (let i = 0; i < 40; i++) pdf.addPage().drawText(`Page ${i + 1}`);
  const bytes = await pdf.save();
  await expect(inspectPdf(bytes.slice().buffer)).resolves.toEqual({ ok: false, reason: 'too-many-pages', pages: 40 });
});

test('a PDF within limits is accepted as it is', async () => {
  const pdf = await PDFDocument.create();
  for (let i = 0; i < 3; i++) pdf.addPage();
  await expect(inspectPdf((await pdf.save()).slice().buffer)).resolves.toEqual({ ok: true, pages: 3 });
});

test.each([
  ['0 bytes', new ArrayBuffer(0)],
  ['an executable', new Uint8Array([0x4d, 0x5a, 0x90, 0]).buffer],
  ['a JPEG', new Uint8Array([0xff, 0xd8, 0xff, 0xe0]).buffer],
  ['a PDF header and garbage', pdfBytes('%PDF-1.7\n\u0000\u0001garbage garbage')],
])('%s → corrupt', async (_name, bytes) => {
  await expect(inspectPdf(bytes)).resolves.toEqual({ ok: false, reason: 'corrupt' });
});
