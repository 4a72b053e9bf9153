import type { QualityWarning } from './types';

/**
 * Quality of a page photo, measured on a grayscale copy whose long side is ANALYSIS_LONG_SIDE_PX
 * (≈ 90 dpi for A4: enough to see blur at the scale of letters, cheap to scan).
 *
 * How the thresholds were chosen, with the generated pages of tests/browser/fixtures.ts (text 1 %
 * of the long side, i.e. ~23 px at the output size, sensor noise) through the whole pipeline:
 * a sharp 12 MP page scores a Laplacian variance of ~2600 (a sharp 2000 px one ~3200); blurred by
 * 2 px (12 MP) ~440, 3 px ~130, 4 px ~50 (text soft but readable at 3 px, tiring at 4 px). A blank
 * sheet scores ~0. BLURRY_BELOW = 100 sits on the side of fewer false alarms: a warning people
 * learn to ignore is worse than none. Brightness is the mean luma: paper is bright, a good page is
 * 150–240 (the fixtures: 223); a page photographed in a dim room (fixture darkened by 75 %) is 55,
 * where text drowns in a phone sensor's noise; above 248 the page is burnt out (flash, window).
 */
export const ANALYSIS_LONG_SIDE_PX = 1024;
export const TOO_DARK_BELOW = 70;
export const TOO_BRIGHT_ABOVE = 248;
export const BLURRY_BELOW = 100;
/** Under ~1200 px on the long side, an A4 page is below 100 dpi: small print becomes unreadable.
 * Judged on the sheet's own pixels when the photo was cropped to it. */
export const TOO_SMALL_BELOW_PX = 1200;

/**
 * Mean luma and Laplacian variance of RGBA pixels (4-neighbour kernel, borders skipped). Integer
 * luma (Rec. 601 weights in 1/256) and exact integer sums: one pass each, ~10 ms for 1024 × 768.
 */
export function measurePixels(rgba: Uint8ClampedArray, width: number, height: number) {
  const luma = lumaOf(rgba);
  let sum = 0;
  for (const y of luma) sum += y;
  let count = 0;
  let lapSum = 0;
  let lapSquares = 0;
  for (let y = 1; y < height - 1; y++) {
    for (let i = y * width + 1, end = y * width + width - 1; i < end; i++) {
      const lap = luma[i - 1]! + luma[i + 1]! + luma[i - width]! + luma[i + width]! - 4 * luma[i]!;
      lapSum += lap;
      lapSquares += lap * lap;
      count++;
    }
  }
  const lapMean = count === 0 ? 0 : lapSum / count;
  return {
    brightness: luma.length === 0 ? 0 : sum / luma.length,
    sharpness: count === 0 ? 0 : lapSquares / count - lapMean * lapMean,
  };
}

/** Luma of RGBA pixels: Rec. 601 weights in 1/256, integer arithmetic. */
export function lumaOf(rgba: Uint8ClampedArray): Uint8Array {
  const luma = new Uint8Array(rgba.length >> 2);
  for (let i = 0, p = 0; i < luma.length; i++, p += 4) {
    luma[i] = (77 * rgba[p]! + 150 * rgba[p + 1]! + 29 * rgba[p + 2]!) >> 8;
  }
  return luma;
}

export function qualityWarnings(m: {
  brightness: number;
  sharpness: number;
  sourceLongSide: number;
}): QualityWarning[] {
  const warnings: QualityWarning[] = [];
  if (m.brightness < TOO_DARK_BELOW) warnings.push('too-dark');
  if (m.brightness > TOO_BRIGHT_ABOVE) warnings.push('too-bright');
  // A dark page has little contrast, so it also scores low on sharpness: say "too dark" only.
  if (m.sharpness < BLURRY_BELOW && m.brightness >= TOO_DARK_BELOW) warnings.push('blurry');
  if (m.sourceLongSide < TOO_SMALL_BELOW_PX) warnings.push('too-small');
  return warnings;
}
