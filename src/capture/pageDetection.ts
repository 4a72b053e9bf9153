/**
 * Finds the sheet in the usual phone shot of a page lying on a table: the largest bright region,
 * when it is plainly a page. Pure code on a small luma copy (long side DETECTION_LONG_SIDE_PX), so
 * that it costs a few milliseconds whatever the photo's size; the caller crops the full-resolution
 * drawing with the rectangle it returns.
 *
 * The crop is axis-aligned, with no perspective correction: a page shot from above, roughly square
 * to the frame, is what people do when told "photograph the page", and a warp would need the four
 * corners found reliably (and a resampling pass on 12 MP) for little gain in legibility. A tilted
 * page is still cropped to its bounding box, table corners included.
 *
 * Steps: Otsu threshold (bright vs dark), largest 4-connected bright component, then checks that
 * must all pass, else the whole frame is kept (a wrong crop cuts text off; a missed one only leaves
 * some table in the picture):
 * - its bounding box covers MIN_COVER..MAX_COVER of the frame (above: the page fills the frame);
 * - it fills its bounding box (row by row, so the text's dark holes do not count against it);
 * - background shows on at least MIN_CLEAR_SIDES sides: a page filling the frame with a dark band
 *   printed across its top (a letterhead, a form's title bar) must not lose the band;
 * - its outline is a sharp step from darker surroundings, not the soft edge of a shadow or of
 *   uneven light on a page that fills the frame.
 * Known limit: the same dark band on a sheet lying on a dark table is taken for table and cut off.
 */
export const DETECTION_LONG_SIDE_PX = 320;
export const MIN_COVER = 0.25;
export const MAX_COVER = 0.95;
/** Area of the component's row spans over its bounding box. A page tilted by ~10° still fills ~0.73. */
export const MIN_FILL = 0.7;
/** Median luma step across the outline, over a few pixels. Paper on a light wooden table: ~70; a
 * shadow's edge or a vignette at this scale: under 10. */
export const MIN_EDGE_STEP = 30;
/** Sides of the frame the sheet must stay clear of (a sheet taller than the frame: left and right). */
export const MIN_CLEAR_SIDES = 2;
/** Kept around the page, in analysis pixels (one of them is ~12 source pixels of a 12 MP photo):
 * absorbs the rounding of the analysis scale so that the sheet's edge is never cut. */
export const MARGIN_PX = 1;

/** Where the luma step is read, across the outline: this far inside and outside the extreme pixel. */
const STEP_IN = 2;
const STEP_OUT = 3;

export type Rect = { x: number; y: number; width: number; height: number };

/** The page's rectangle in `luma`'s pixels (margin included), or null to keep the whole frame. */
export function detectPage(luma: Uint8Array, width: number, height: number): Rect | null {
  const threshold = otsuThreshold(luma);
  if (threshold === null) return null; // one flat tone: nothing to find
  const component = largestBrightComponent(luma, width, height, threshold);
  if (component === null) return null;
  const { rowMin, rowMax, colMin, colMax } = component;

  let top = -1;
  let bottom = -1;
  let spans = 0;
  const steps: number[] = [];
  const at = (x: number, y: number) => luma[y * width + x] ?? 0;
  for (let y = 0; y < height; y++) {
    const min = rowMin[y] ?? -1;
    const max = rowMax[y] ?? -1;
    if (min < 0) continue;
    if (top < 0) top = y;
    bottom = y;
    spans += max - min + 1;
    if (min - STEP_OUT >= 0) steps.push(at(min + STEP_IN, y) - at(min - STEP_OUT, y));
    if (max + STEP_OUT < width) steps.push(at(max - STEP_IN, y) - at(max + STEP_OUT, y));
  }
  let left = width;
  let right = -1;
  for (let x = 0; x < width; x++) {
    const min = colMin[x] ?? -1;
    const max = colMax[x] ?? -1;
    if (min < 0) continue;
    left = Math.min(left, x);
    right = x;
    if (min - STEP_OUT >= 0) steps.push(at(x, min + STEP_IN) - at(x, min - STEP_OUT));
    if (max + STEP_OUT < height) steps.push(at(x, max - STEP_IN) - at(x, max + STEP_OUT));
  }

  const boxArea = (right - left + 1) * (bottom - top + 1);
  const cover = boxArea / (width * height);
  if (cover < MIN_COVER || cover > MAX_COVER) return null;
  if (spans / boxArea < MIN_FILL) return null;
  const clear = [left, top, width - 1 - right, height - 1 - bottom].filter((gap) => gap >= STEP_OUT).length;
  if (clear < MIN_CLEAR_SIDES) return null;
  if (steps.length === 0 || median(steps) < MIN_EDGE_STEP) return null;

  const x = Math.max(0, left - MARGIN_PX);
  const y = Math.max(0, top - MARGIN_PX);
  return {
    x,
    y,
    width: Math.min(width, right + 1 + MARGIN_PX) - x,
    height: Math.min(height, bottom + 1 + MARGIN_PX) - y,
  };
}

/**
 * Otsu's threshold (1979): the grey level that best splits the histogram into two classes (maximum
 * between-class variance). Pixels above it are "bright". Null when the image has a single tone.
 */
export function otsuThreshold(luma: Uint8Array): number | null {
  const histogram = new Float64Array(256);
  for (const value of luma) histogram[value] = (histogram[value] ?? 0) + 1;
  let total = 0;
  let weighted = 0;
  for (let v = 0; v < 256; v++) {
    total += histogram[v]!;
    weighted += v * histogram[v]!;
  }
  let below = 0;
  let belowWeighted = 0;
  let best = -1;
  let bestThreshold: number | null = null;
  for (let t = 0; t < 255; t++) {
    below += histogram[t]!;
    belowWeighted += t * histogram[t]!;
    const above = total - below;
    if (below === 0 || above === 0) continue;
    const meanBelow = belowWeighted / below;
    const meanAbove = (weighted - belowWeighted) / above;
    const between = below * above * (meanBelow - meanAbove) ** 2;
    if (between > best) {
      best = between;
      bestThreshold = t;
    }
  }
  return bestThreshold;
}

/**
 * The largest 4-connected set of pixels brighter than `threshold` (flood fill with an explicit
 * stack: no recursion, a few milliseconds for 320 × 240), as the extent of each row and column it
 * touches (-1 where it touches none).
 */
function largestBrightComponent(luma: Uint8Array, width: number, height: number, threshold: number) {
  const labels = new Int32Array(width * height); // 0: not visited yet
  const stack = new Int32Array(width * height);
  let bestLabel = 0;
  let bestSize = 0;
  let label = 0;
  let top = 0;
  const visit = (n: number) => {
    if (labels[n] !== 0 || luma[n]! <= threshold) return;
    labels[n] = label;
    stack[top++] = n;
  };
  for (let start = 0; start < labels.length; start++) {
    if (labels[start] !== 0 || luma[start]! <= threshold) continue;
    label++;
    let size = 0;
    stack[top++] = start;
    labels[start] = label;
    while (top > 0) {
      const i = stack[--top]!;
      size++;
      const x = i % width;
      if (x > 0) visit(i - 1);
      if (x < width - 1) visit(i + 1);
      if (i >= width) visit(i - width);
      if (i < labels.length - width) visit(i + width);
    }
    if (size > bestSize) {
      bestSize = size;
      bestLabel = label;
    }
  }
  if (bestLabel === 0) return null;

  const rowMin = new Int32Array(height).fill(-1);
  const rowMax = new Int32Array(height).fill(-1);
  const colMin = new Int32Array(width).fill(-1);
  const colMax = new Int32Array(width).fill(-1);
  for (let y = 0, i = 0; y < height; y++) {
    for (let x = 0; x < width; x++, i++) {
      if (labels[i] !== bestLabel) continue;
      if (rowMin[y] === -1) rowMin[y] = x;
      rowMax[y] = x;
      if (colMin[x] === -1) colMin[x] = y;
      colMax[x] = y;
    }
  }
  return { rowMin, rowMax, colMin, colMax };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1] ?? 0;
}
