/**
 * The page side of `npm run bench:capture`: generates five photos of a text page as a phone takes
 * them (12 MP, stored landscape with EXIF orientation 6, sensor noise), runs each through the
 * capture core, in 'photo' mode then in 'scan' mode, and assembles the five photo pages into one
 * PDF. Served by Vite, driven by Playwright.
 */
import { assemblePdf, processImage, type CapturedPage } from '@/capture';
import { drawTextPage, withExifOrientation6AndGps } from '../../tests/browser/fixtures';

export type BenchResult = {
  inputBytes: number[];
  pageMs: number[];
  pageBytes: number[];
  page: { width: number; height: number; cropped: boolean; warnings: string[]; brightness: number; sharpness: number };
  pdfMs: number;
  pdfBytes: number;
  jpegBase64: string;
  pdfBase64: string;
  /** The same photos in 'scan' mode (black ink on white). */
  scan: { pageMs: number[]; pageBytes: number[]; jpegBase64: string };
};

declare global {
  interface Window {
    relaisBench?: { run(runs: number): Promise<BenchResult> };
  }
}

/** A portrait page, photographed upright: the sensor stores it landscape, and EXIF says "rotate". */
async function phonePhoto(seed: number): Promise<Blob> {
  const page = drawTextPage({ width: 3000, height: 4000, noise: 6, seed });
  const stored = new OffscreenCanvas(4000, 3000);
  const context = stored.getContext('2d');
  if (context === null) throw new Error('no 2d context');
  context.translate(0, 3000);
  context.rotate(-Math.PI / 2);
  context.drawImage(page, 0, 0);
  const jpeg = new Uint8Array(await (await stored.convertToBlob({ type: 'image/jpeg', quality: 0.92 })).arrayBuffer());
  return new Blob([withExifOrientation6AndGps(jpeg)], { type: 'image/jpeg' });
}

function base64(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

async function run(runs: number): Promise<BenchResult> {
  const photos: Blob[] = [];
  for (let i = 0; i < runs; i++) photos.push(await phonePhoto(i + 1));
  const pages: CapturedPage[] = [];
  const pageMs: number[] = [];
  for (const photo of photos) {
    const started = performance.now();
    pages.push(await processImage(photo));
    pageMs.push(performance.now() - started);
  }
  const started = performance.now();
  const pdf = await assemblePdf(pages.map((p) => p.jpeg));
  const pdfMs = performance.now() - started;
  const scans: CapturedPage[] = [];
  const scanMs: number[] = [];
  for (const photo of photos) {
    const scanStarted = performance.now();
    scans.push(await processImage(photo, { mode: 'scan' }));
    scanMs.push(performance.now() - scanStarted);
  }
  const first = pages[0];
  const firstScan = scans[0];
  if (first === undefined || firstScan === undefined) throw new Error('no page');
  return {
    inputBytes: photos.map((p) => p.size),
    pageMs,
    pageBytes: pages.map((p) => p.jpeg.byteLength),
    page: { ...first.quality, width: first.width, height: first.height, cropped: first.cropped },
    pdfMs,
    pdfBytes: pdf.byteLength,
    jpegBase64: base64(first.jpeg),
    pdfBase64: base64(pdf),
    scan: { pageMs: scanMs, pageBytes: scans.map((p) => p.jpeg.byteLength), jpegBase64: base64(firstScan.jpeg) },
  };
}

window.relaisBench = { run };
