/**
 * "Scan" mode: the page as black ink on white paper, like a photocopy. A single global threshold
 * fails on phone photos (the shaded half of the sheet goes black, or the text of the lit half
 * vanishes), so each pixel is compared with the mean of its neighbourhood (Bradley & Roth, "Adaptive
 * thresholding using the integral image", 2007). A pixel is ink when it is darker than its local mean
 * by more than INK_BELOW_MEAN; a shadow, which changes slowly, moves the mean with it.
 *
 * The black-and-white mask is then anti-aliased (a 3 × 3 [1 2 1] kernel: one grey pixel either side
 * of a stroke's edge). Hard 0/255 steps are the costliest thing to put in a JPEG: on the bench's
 * dense text page they made the scan bigger than the photo (425 KB against 343 KB at quality 0.6);
 * softened, 281 KB, and the letters lose their staircase at 200 dpi.
 *
 * Cost on the full output (1654 × 2339, 3.9 Mpx), typed arrays only: luma, threshold with sliding
 * box sums (the integral image's O(1) per pixel, without its 16 MB table), two smoothing passes;
 * ~65 ms in Chromium on this 2-core machine, ~12 MB of scratch memory. Known limit of the method: a
 * solid black area wider than the window comes out hollow (only its outline stays black);
 * documents rarely have one.
 */

import { lumaOf } from './quality';

/** Neighbourhood half-size, as a share of the long side: 1/32 (73 px at 2339) spans a few lines of
 * body text, so a page of dense text still has paper in every window. */
const WINDOW_SHARE = 1 / 32;
/**
 * Ink is at least this much darker than its neighbourhood's mean. Bradley's 15 % made the generated
 * page's letters visibly bolder than in the photo (it takes in their anti-aliased rims); 25 % keeps
 * their weight. Ink paler than 75 % of its surroundings (a faint pencil, a washed-out stamp) is lost.
 */
const INK_BELOW_MEAN = 0.25;

/** Rewrites RGBA pixels in place: ink black, paper white, edges one grey pixel wide; opaque. */
export function binarize(rgba: Uint8ClampedArray, width: number, height: number): void {
  const count = width * height;
  const luma = lumaOf(rgba);
  const ink = new Uint8Array(count); // 1 where ink, 0 where paper
  const radius = Math.max(4, Math.round(Math.max(width, height) * WINDOW_SHARE));
  const keep = 1 - INK_BELOW_MEAN;
  // The window's sum slides: `columns` holds, for each x, the sum of luma over the window's rows,
  // and a running sum along `columns` gives the window's. O(1) per pixel, and the only scratch
  // read back is one row of sums, which stays in cache.
  const columns = new Int32Array(width); // each at most (2 × radius + 1) × 255
  for (let y = 0; y < radius && y < height; y++) {
    for (let x = 0, i = y * width; x < width; x++, i++) columns[x] = columns[x]! + luma[i]!;
  }
  for (let y = 0; y < height; y++) {
    // Slide the rows: the window is [y - radius, y + radius], clipped to the page.
    if (y + radius < height) {
      for (let x = 0, i = (y + radius) * width; x < width; x++, i++) columns[x] = columns[x]! + luma[i]!;
    }
    if (y > radius) {
      for (let x = 0, i = (y - radius - 1) * width; x < width; x++, i++) columns[x] = columns[x]! - luma[i]!;
    }
    const rows = Math.min(height - 1, y + radius) - Math.max(0, y - radius) + 1;
    const row = y * width;
    // Slide the columns, in three stretches so that the long middle one has no bounds to test:
    // the window grows from the left edge, slides, then shrinks at the right edge.
    let sum = 0;
    for (let x = 0; x < radius && x < width; x++) sum += columns[x]!;
    let x = 0;
    for (; x < width && x <= radius; x++) {
      if (x + radius < width) sum += columns[x + radius]!;
      const area = rows * ((x + radius < width ? x + radius : width - 1) + 1);
      ink[row + x] = luma[row + x]! * area < sum * keep ? 1 : 0;
    }
    const middleArea = rows * (2 * radius + 1);
    for (; x + radius < width; x++) {
      sum += columns[x + radius]! - columns[x - radius - 1]!;
      ink[row + x] = luma[row + x]! * middleArea < sum * keep ? 1 : 0;
    }
    for (; x < width; x++) {
      sum -= columns[x - radius - 1]!;
      const area = rows * (width - (x - radius));
      ink[row + x] = luma[row + x]! * area < sum * keep ? 1 : 0;
    }
  }

  // [1 2 1] across (0..4 per pixel), then [1 2 1] down (0..16); borders repeat their edge pixel.
  const across = new Uint8Array(count);
  for (let y = 0, i = 0; y < height; y++) {
    if (width === 1) {
      across[i] = 4 * ink[i]!;
      i++;
      continue;
    }
    const last = i + width - 1;
    across[i] = 3 * ink[i]! + ink[i + 1]!;
    for (i++; i < last; i++) across[i] = ink[i - 1]! + 2 * ink[i]! + ink[i + 1]!;
    across[i] = ink[i - 1]! + 3 * ink[i]!;
    i++;
  }
  // One 32-bit store per pixel, from a table whose bytes are written in memory order (R, G, B, A),
  // so that the platform's endianness cannot swap the channels.
  const shades = new Uint32Array(17);
  const shadeBytes = new Uint8Array(shades.buffer);
  for (let level = 0; level <= 16; level++) {
    const grey = Math.round(255 - (255 * level) / 16);
    shadeBytes.set([grey, grey, grey, 255], level * 4);
  }
  const pixels = new Uint32Array(rgba.buffer, rgba.byteOffset, count);
  for (let y = 0, i = 0; y < height; y++) {
    const up = y > 0 ? -width : 0;
    const down = y < height - 1 ? width : 0;
    for (let x = 0; x < width; x++, i++) pixels[i] = shades[across[i + up]! + 2 * across[i]! + across[i + down]!]!;
  }
}
