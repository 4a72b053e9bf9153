import { beforeAll, describe, expect, test } from 'vitest';
import { CaptureError, captureLimits, processImage, type CaptureRefusal } from '@/capture';
import { indexOfBytes, jpegMarkers, textPagePhoto, withExifOrientation6AndGps } from './fixtures';

const EXIF = [0x45, 0x78, 0x69, 0x66, 0x00, 0x00];

async function refusal(promise: Promise<unknown>): Promise<CaptureRefusal> {
  try {
    await promise;
  } catch (error: unknown) {
    if (error instanceof CaptureError) return error.reason;
    throw error;
  }
  throw new Error('expected a CaptureError, got a page');
}

let twelveMegapixels: Blob;
beforeAll(async () => {
  twelveMegapixels = await textPagePhoto({ width: 4000, height: 3000, noise: 4 });
});

describe('a 12 MP photo of a text page', () => {
  test('is downscaled to A4 at 200 dpi, re-encoded as JPEG, with no warning', async () => {
    const page = await processImage(twelveMegapixels);
    const jpeg = new Uint8Array(page.jpeg);
    expect([...jpeg.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
    expect(Math.max(page.width, page.height)).toBe(captureLimits.targetLongSidePx);
    expect(page.width / page.height).toBeCloseTo(4 / 3, 2);
    expect(page.quality).toMatchObject({ width: 4000, height: 3000, warnings: [] });
    expect(page.quality.brightness).toBeGreaterThan(150);
    expect(page.jpeg.byteLength).toBeLessThan(400 * 1024);
    // The output decodes, at the announced size.
    const decoded = await createImageBitmap(new Blob([page.jpeg]));
    expect([decoded.width, decoded.height]).toEqual([page.width, page.height]);
  });
});

describe('metadata and orientation', () => {
  test('EXIF orientation 6 is applied and EXIF with its GPS block is gone', async () => {
    const plain = new Uint8Array(await (await textPagePhoto({ width: 3000, height: 2000 })).arrayBuffer());
    const withExif = withExifOrientation6AndGps(plain);
    expect(indexOfBytes(withExif, EXIF)).toBeGreaterThan(0); // the fixture really carries EXIF

    const page = await processImage(new Blob([withExif], { type: 'image/jpeg' }));
    const out = new Uint8Array(page.jpeg);
    // Rotated a quarter turn: the 3000 × 2000 landscape becomes a portrait page.
    expect(page.quality).toMatchObject({ width: 2000, height: 3000 });
    expect(page.height).toBe(captureLimits.targetLongSidePx);
    expect(page.width).toBeLessThan(page.height);
    expect(jpegMarkers(out)).not.toContain(0xe1); // no APP1 (EXIF, XMP)
    expect(indexOfBytes(out, EXIF)).toBe(-1);
  });

  test('a 24 MP photo with EXIF orientation 6 is resized by the decoder, the right way round', async () => {
    const plain = new Uint8Array(await (await textPagePhoto({ width: 6000, height: 4000 })).arrayBuffer());
    const page = await processImage(new Blob([withExifOrientation6AndGps(plain)]));
    expect(page.quality).toMatchObject({ width: 4000, height: 6000, warnings: [] });
    expect([page.width, page.height]).toEqual([1559, 2339]);
  });

  test('a WebP is accepted and re-encoded as JPEG', async () => {
    const webp = await (await textPagePhoto({ width: 1600, height: 1200 })).arrayBuffer().then((jpeg) =>
      createImageBitmap(new Blob([jpeg])).then((bitmap) => {
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        canvas.getContext('2d')?.drawImage(bitmap, 0, 0);
        return canvas.convertToBlob({ type: 'image/webp', quality: 0.8 });
      }),
    );
    expect(webp.type).toBe('image/webp');
    const page = await processImage(webp);
    expect([page.width, page.height]).toEqual([1600, 1200]);
    expect([...new Uint8Array(page.jpeg, 0, 2)]).toEqual([0xff, 0xd8]);
  });

  test('a small image is neither upscaled nor rotated without EXIF', async () => {
    const page = await processImage(await textPagePhoto({ width: 800, height: 600 }));
    expect([page.width, page.height]).toEqual([800, 600]);
    expect(page.quality.warnings).toEqual(['too-small']);
  });

  test('a transparent PNG gets a white sheet, not a black one', async () => {
    const canvas = new OffscreenCanvas(1600, 1200);
    canvas.getContext('2d'); // a context, left all transparent
    const png = await canvas.convertToBlob({ type: 'image/png' });
    const page = await processImage(png);
    expect(page.quality.brightness).toBeGreaterThan(250);
    expect(page.quality.warnings).toContain('too-bright');
  });
});

describe('quality warnings', () => {
  test('a dark photo is too dark (and not also called blurry)', async () => {
    const page = await processImage(await textPagePhoto({ width: 2000, height: 1500, darken: 0.75 }));
    expect(page.quality.warnings).toEqual(['too-dark']);
    expect(page.quality.brightness).toBeLessThan(70);
  });

  test('a blurred photo is blurry', async () => {
    const page = await processImage(await textPagePhoto({ width: 2000, height: 1500, blurPx: 4 }));
    expect(page.quality.warnings).toEqual(['blurry']);
  });
});

describe('bad input gets a clear reason', () => {
  test('0 bytes → empty', async () => {
    expect(await refusal(processImage(new Blob([])))).toBe('empty');
  });

  test('a 60 MB photo → too-large, from its size alone', async () => {
    const huge = new Blob([new Uint8Array(60e6)], { type: 'image/jpeg' });
    expect(huge.size).toBeGreaterThan(captureLimits.maxInputBytes);
    expect(await refusal(processImage(huge))).toBe('too-large');
  });

  test('a HEIC photo → heic', async () => {
    const heic = new Uint8Array([0, 0, 0, 0x18, ...new TextEncoder().encode('ftypheic'), 0, 0, 0, 0, 0x6d, 0x69, 0x66, 0x31]);
    expect(await refusal(processImage(new Blob([heic], { type: 'image/heic' })))).toBe('heic');
  });

  test('an executable renamed .jpg → not-an-image', async () => {
    const exe = new File([new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff])], 'photo.jpg', {
      type: 'image/jpeg',
    });
    expect(await refusal(processImage(exe))).toBe('not-an-image');
  });

  test('a PDF given as a photo → not-an-image (PDFs go to inspectPdf)', async () => {
    expect(await refusal(processImage(new Blob(['%PDF-1.7\n%âãÏÓ\n'])))).toBe('not-an-image');
  });

  test('a corrupt JPEG (SOI then garbage) → undecodable, and the next photo still works', async () => {
    const garbage = new Uint8Array(4096).map((_, i) => (i * 7919) % 251);
    const corrupt = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, ...garbage]);
    expect(await refusal(processImage(new Blob([corrupt])))).toBe('undecodable');
    const page = await processImage(await textPagePhoto({ width: 800, height: 600 }));
    expect(page.width).toBe(800);
  });

  test('a truncated JPEG (first half of a real one) → undecodable or a page, never a crash', async () => {
    const whole = new Uint8Array(await (await textPagePhoto({ width: 800, height: 600 })).arrayBuffer());
    const half = whole.subarray(0, whole.length >> 1);
    // Chromium decodes what it has (the bottom is grey): either outcome is acceptable, a hang is not.
    const outcome = await processImage(new Blob([half])).then(
      (page) => `page ${page.width}`,
      (error: unknown) => (error instanceof CaptureError ? error.reason : 'other'),
    );
    expect(['page 800', 'undecodable']).toContain(outcome);
  });
});
