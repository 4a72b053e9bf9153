import { describe, expect, test } from 'vitest';
import { captureLimits, processImage } from '@/capture';
import { detectPage } from '@/capture/pageDetection';
import { asJpeg, decodeLuma, drawPageOnTable, textPagePhoto } from './fixtures';

/** Mean luma of one column of a decoded page. */
function columnMean(luma: Uint8Array, width: number, height: number, x: number): number {
  let sum = 0;
  for (let y = 0; y < height; y++) sum += luma[y * width + x] ?? 0;
  return sum / height;
}

describe('a sheet lying on a table', () => {
  test('is cropped to the sheet, which keeps the full target size', async () => {
    // A4-shaped sheet over 62 % of a 12 MP portrait photo, table all around.
    const sheet = { x: 350, y: 375, width: 2300, height: 3250 };
    const photo = await asJpeg(drawPageOnTable({ width: 3000, height: 4000, page: sheet, noise: 4 }));
    const page = await processImage(photo);
    expect(page.cropped).toBe(true);
    expect(page.height).toBe(captureLimits.targetLongSidePx);
    expect(Math.abs(page.width / page.height - sheet.width / sheet.height)).toBeLessThan(0.015);
    expect(page.quality).toMatchObject({ width: 3000, height: 4000, warnings: [] });
    expect(page.quality.brightness).toBeGreaterThan(190); // paper, no longer paper and table

    // The crop sits on the sheet: 3 % in from every side is paper (its margin), not table.
    const { luma, width, height } = await decodeLuma(page.jpeg);
    const inset = Math.round(width * 0.03);
    expect(columnMean(luma, width, height, inset)).toBeGreaterThan(200);
    expect(columnMean(luma, width, height, width - 1 - inset)).toBeGreaterThan(190);
    let topRow = 0;
    let bottomRow = 0;
    for (let x = 0; x < width; x++) {
      topRow += luma[inset * width + x] ?? 0;
      bottomRow += luma[(height - 1 - inset) * width + x] ?? 0;
    }
    expect(topRow / width).toBeGreaterThan(200);
    expect(bottomRow / width).toBeGreaterThan(190);
  });

  test('off-centre in a landscape photo, a third of the frame: cropped too', async () => {
    const sheet = { x: 400, y: 300, width: 1700, height: 2400 };
    const page = await processImage(await asJpeg(drawPageOnTable({ width: 4000, height: 3000, page: sheet, noise: 4 })));
    expect(page.cropped).toBe(true);
    expect(page.height).toBe(captureLimits.targetLongSidePx);
    expect(Math.abs(page.width / page.height - sheet.width / sheet.height)).toBeLessThan(0.015);
  });

  test('"too small" is judged on the sheet once cropped, not on the whole photo', async () => {
    // 1600 px on the long side is enough for a page filling the frame; this sheet spans 1000 of them.
    const sheet = { x: 250, y: 300, width: 707, height: 1000 };
    const page = await processImage(await asJpeg(drawPageOnTable({ width: 1200, height: 1600, page: sheet })));
    expect(page.cropped).toBe(true);
    expect(page.quality).toMatchObject({ width: 1200, height: 1600, warnings: ['too-small'] });
  });

  test('too small in the frame (a tenth): the whole frame is kept', async () => {
    const sheet = { x: 1600, y: 900, width: 900, height: 1270 };
    const page = await processImage(await asJpeg(drawPageOnTable({ width: 4000, height: 3000, page: sheet })));
    expect(page.cropped).toBe(false);
    expect([page.width, page.height]).toEqual([2339, 1754]);
  });
});

describe('no sheet to find: the whole frame is kept', () => {
  test('a page filling the frame', async () => {
    const page = await processImage(await textPagePhoto({ width: 4000, height: 3000, noise: 4 }));
    expect(page.cropped).toBe(false);
    expect([page.width, page.height]).toEqual([2339, 1754]);
  });

  test('a page filling the frame, half of it in shadow', async () => {
    const page = await processImage(await textPagePhoto({ width: 4000, height: 3000, noise: 4, shadow: 0.6 }));
    expect(page.cropped).toBe(false);
  });

  test.each([
    ['grey', '#808080'],
    ['white', '#ffffff'],
    ['black', '#000000'],
  ])('a uniform %s image', async (_name, colour) => {
    const canvas = new OffscreenCanvas(2000, 1500);
    const context = canvas.getContext('2d');
    if (context === null) throw new Error('no 2d context');
    context.fillStyle = colour;
    context.fillRect(0, 0, 2000, 1500);
    const page = await processImage(await asJpeg(canvas));
    expect(page.cropped).toBe(false);
    expect([page.width, page.height]).toEqual([2000, 1500]);
  });
});

describe('detectPage on a small luma copy', () => {
  const W = 240;
  const H = 320;
  const image = (value: (x: number, y: number) => number) => {
    const luma = new Uint8Array(W * H);
    for (let y = 0; y < H; y++) for (let x = 0; x < W; x++) luma[y * W + x] = value(x, y);
    return luma;
  };

  test('a sheet tilted by 8° is found, its corners inside the rectangle', () => {
    const angle = (8 * Math.PI) / 180;
    const [cx, cy, hw, hh] = [120, 160, 75, 105];
    const inside = (x: number, y: number) => {
      const u = (x - cx) * Math.cos(angle) + (y - cy) * Math.sin(angle);
      const v = -(x - cx) * Math.sin(angle) + (y - cy) * Math.cos(angle);
      return Math.abs(u) <= hw && Math.abs(v) <= hh;
    };
    const found = detectPage(image((x, y) => (inside(x, y) ? 225 : 70)), W, H);
    expect(found).not.toBeNull();
    const halfWidth = hw * Math.cos(angle) + hh * Math.sin(angle);
    const halfHeight = hw * Math.sin(angle) + hh * Math.cos(angle);
    expect(found?.x).toBeLessThanOrEqual(cx - halfWidth);
    expect(found?.y).toBeLessThanOrEqual(cy - halfHeight);
    expect((found?.x ?? 0) + (found?.width ?? 0)).toBeGreaterThanOrEqual(cx + halfWidth);
    expect((found?.y ?? 0) + (found?.height ?? 0)).toBeGreaterThanOrEqual(cy + halfHeight);
    expect(found?.width).toBeLessThan(2 * halfWidth + 8);
  });

  test('a sheet against one edge of the frame is found', () => {
    const found = detectPage(image((x, y) => (x < 180 && y > 20 && y < 300 ? 230 : 60)), W, H);
    expect(found).toEqual({ x: 0, y: 20, width: 181, height: 281 });
  });

  test('a page filling the frame keeps the dark band printed across its top', () => {
    expect(detectPage(image((_x, y) => (y < 40 ? 30 : 230)), W, H)).toBeNull();
  });

  test('a smooth shadow across a full-frame page is not an edge', () => {
    expect(detectPage(image((x) => Math.round(235 - (x / W) * 140)), W, H)).toBeNull();
  });

  test('a grey sheet on a white table is not taken for a page', () => {
    expect(detectPage(image((x, y) => (x > 40 && x < 200 && y > 40 && y < 280 ? 150 : 240)), W, H)).toBeNull();
  });
});
