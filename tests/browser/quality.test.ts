import { expect, test } from 'vitest';
import { BLURRY_BELOW, measurePixels, qualityWarnings, TOO_BRIGHT_ABOVE, TOO_DARK_BELOW } from '@/capture/quality';

function gray(width: number, height: number, value: (x: number, y: number) => number) {
  const rgba = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const v = value(x, y);
      rgba.set([v, v, v, 255], (y * width + x) * 4);
    }
  }
  return rgba;
}

test('a uniform sheet has its luma as brightness and no sharpness', () => {
  expect(measurePixels(gray(32, 32, () => 200), 32, 32)).toEqual({ brightness: 200, sharpness: 0 });
});

test('a checkerboard is as sharp as it gets', () => {
  const m = measurePixels(gray(32, 32, (x, y) => ((x + y) % 2) * 255), 32, 32);
  expect(m.brightness).toBeCloseTo(127.5, 1);
  expect(m.sharpness).toBeCloseTo((4 * 255) ** 2, -2); // every Laplacian is ±1020
});

test('warnings follow the named thresholds', () => {
  const good = { brightness: 200, sharpness: 2000, sourceLongSide: 4000 };
  expect(qualityWarnings(good)).toEqual([]);
  expect(qualityWarnings({ ...good, brightness: TOO_DARK_BELOW - 1, sharpness: 10 })).toEqual(['too-dark']);
  expect(qualityWarnings({ ...good, brightness: TOO_BRIGHT_ABOVE + 1 })).toEqual(['too-bright']);
  expect(qualityWarnings({ ...good, sharpness: BLURRY_BELOW - 1 })).toEqual(['blurry']);
  expect(qualityWarnings({ ...good, sourceLongSide: 1000 })).toEqual(['too-small']);
});
