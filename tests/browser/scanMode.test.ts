import { beforeAll, describe, expect, test } from 'vitest';
import { processImage, type CapturedPage } from '@/capture';
import { asJpeg, decodeLuma, drawPageOnTable, drawTextPage, textPagePhoto } from './fixtures';

// A 3000 × 2250 photo of a text page whose bottom half falls into shadow (paper down to ~40 % of
// its brightness at the edge); processed to 2339 × 1754 in both modes.
const SOURCE = { width: 3000, height: 2250 };
let photo: CapturedPage;
let scan: CapturedPage;
let scanned: Awaited<ReturnType<typeof decodeLuma>>;
beforeAll(async () => {
  const shaded = await textPagePhoto({ ...SOURCE, noise: 4, shadow: 0.6 });
  photo = await processImage(shaded);
  scan = await processImage(shaded, { mode: 'scan' });
  scanned = await decodeLuma(scan.jpeg);
});

/** Share of the pixels of rows [from, to) (all of them by default) whose luma passes `test`. */
function share(
  decoded: { luma: Uint8Array; width: number; height: number },
  test: (v: number) => boolean,
  from = 0,
  to = decoded.height,
) {
  let hits = 0;
  for (let i = from * decoded.width; i < to * decoded.width; i++) if (test(decoded.luma[i] ?? 0)) hits++;
  return hits / ((to - from) * decoded.width);
}

const nearBlackOrWhite = (v: number) => v < 48 || v > 207;
const dark = (v: number) => v < 128;

describe("'scan' mode", () => {
  test('gives black and white pixels, almost nothing in between (the photo is mostly greys)', async () => {
    expect([scan.width, scan.height]).toEqual([photo.width, photo.height]);
    // Every edge of a stroke gets one grey pixel either side (anti-aliasing): 0.95 measured.
    expect(share(scanned, nearBlackOrWhite)).toBeGreaterThan(0.92);
    expect(share(await decodeLuma(photo.jpeg), nearBlackOrWhite)).toBeLessThan(0.6);
  });

  test('keeps the shaded half white, with its text', () => {
    const quarter = Math.floor(scanned.height / 4);
    const lit = share(scanned, dark, quarter, 2 * quarter); // below the title, above the shadow
    const shaded = share(scanned, dark, scanned.height - quarter); // the darkest quarter
    // The text fills the page evenly: both carry some ink, and about as much.
    expect(lit).toBeGreaterThan(0.01);
    expect(shaded).toBeGreaterThan(0.01);
    expect(shaded).toBeLessThan(0.15);
    expect(Math.abs(shaded - lit)).toBeLessThan(0.03);
  });

  test('keeps the strokes of the text dark and the paper between them white', async () => {
    // Where the ink is, from the same page drawn clean (no noise, no shadow) at the output size.
    const truth = drawTextPage(SOURCE);
    const reference = new OffscreenCanvas(scan.width, scan.height);
    reference.getContext('2d')?.drawImage(truth, 0, 0, scan.width, scan.height);
    const expected = await decodeLuma(await (await reference.convertToBlob({ type: 'image/png' })).arrayBuffer());
    let ink = 0;
    let inkKept = 0;
    let paper = 0;
    let paperKept = 0;
    const { width, height } = scanned;
    const at = (i: number) => expected.luma[i] ?? 0;
    // Paper, and not the rim of a letter: it and its four neighbours are light in the reference.
    const clearPaper = (i: number) => Math.min(at(i), at(i - 1), at(i + 1), at(i - width), at(i + width)) > 200;
    for (let y = 1; y < height - 1; y++) {
      for (let x = 1; x < width - 1; x++) {
        const i = y * width + x;
        const out = scanned.luma[i] ?? 0;
        if (at(i) < 80) {
          ink++;
          if (out < 128) inkKept++;
        } else if (clearPaper(i)) {
          paper++;
          if (out > 128) paperKept++;
        }
      }
    }
    expect(ink).toBeGreaterThan(0.005 * width * height); // the reference really has text
    expect(inkKept / ink).toBeGreaterThan(0.9);
    expect(paperKept / paper).toBeGreaterThan(0.99);
  });

  test('is smaller than the photo, and quality is measured on the photo', () => {
    expect(scan.jpeg.byteLength).toBeLessThan(photo.jpeg.byteLength);
    expect(scan.jpeg.byteLength).toBeLessThan(400 * 1024);
    expect(scan.quality).toEqual(photo.quality);
    expect(scan.cropped).toBe(false);
  });

  test('a dark photo is still called too dark', async () => {
    const page = await processImage(await textPagePhoto({ width: 2000, height: 1500, darken: 0.75 }), { mode: 'scan' });
    expect(page.quality.warnings).toEqual(['too-dark']);
  });

  test('crops a sheet on a table too, the table gone', async () => {
    const sheet = { x: 350, y: 375, width: 2300, height: 3250 };
    const page = await processImage(await asJpeg(drawPageOnTable({ width: 3000, height: 4000, page: sheet, noise: 4 })), {
      mode: 'scan',
    });
    expect(page.cropped).toBe(true);
    const decoded = await decodeLuma(page.jpeg);
    // Denser text than the landscape page above, so more grey rims: 0.92 measured.
    expect(share(decoded, nearBlackOrWhite)).toBeGreaterThan(0.9);
    expect(share(decoded, dark)).toBeLessThan(0.15);
  });
});
