import { readImageSize, type ImageSize } from './imageSize';
import { DETECTION_LONG_SIDE_PX, detectPage, type Rect } from './pageDetection';
import { ANALYSIS_LONG_SIDE_PX, lumaOf, measurePixels, qualityWarnings } from './quality';
import { binarize } from './scan';
import type { CapturedPage, CaptureMode } from './types';

/** Runs in the capture worker. Enough of the file for the EXIF block (≤ 64 KB) and ICC profiles. */
const HEAD_BYTES = 256 * 1024;

/** The browser could not decode the bytes (corrupt, truncated, or a codec it lacks). */
export class DecodeFailure extends Error {}

export async function capturePage(
  file: Blob,
  settings: { mode: CaptureMode; targetLongSidePx: number; jpegQuality: number },
): Promise<CapturedPage> {
  const probed = readImageSize(new Uint8Array(await file.slice(0, HEAD_BYTES).arrayBuffer()));
  const bitmap = await decode(file, probed, settings.targetLongSidePx);
  const source: ImageSize = probed ?? { width: bitmap.width, height: bitmap.height };

  // Cropping before downscaling keeps the target size for the sheet itself, not for the table.
  const page = findPage(bitmap);
  const crop = page ?? { x: 0, y: 0, width: bitmap.width, height: bitmap.height };
  // The canvas does the downscale (the decoder only brought giant photos down to twice the target).
  const output = fit(crop, settings.targetLongSidePx);
  const canvas = new OffscreenCanvas(output.width, output.height);
  const context = canvas.getContext('2d', { alpha: false });
  if (context === null) throw new Error('no 2d context on OffscreenCanvas');
  // JPEG has no transparency: a transparent PNG would turn black without a white sheet under it.
  context.fillStyle = '#fff';
  context.fillRect(0, 0, output.width, output.height);
  // Bilinear ('low') is enough at a scale ≥ 0.5 (every source pixel still weighs in the result) and
  // 2–3× faster than 'medium'/'high', which build mipmaps first (~130 ms against ~300 ms for 12 MP).
  // `decode` leaves at most twice the target size; only an image whose header we could not read
  // may need the mipmaps.
  context.imageSmoothingQuality = output.width * 2 >= crop.width ? 'low' : 'medium';
  context.drawImage(bitmap, crop.x, crop.y, crop.width, crop.height, 0, 0, output.width, output.height);
  // "Too small" is about the sheet: the source pixels it covers, once cropped. (Read before close(),
  // which zeroes the bitmap's size.)
  const sheetLongSide = Math.max(source.width * (crop.width / bitmap.width), source.height * (crop.height / bitmap.height));
  bitmap.close();

  // Measured on the photo, also in 'scan' mode: the threshold would hide darkness and blur.
  const measured = analyse(canvas);
  if (settings.mode === 'scan') {
    // One read back and one write, so the canvas is not created `willReadFrequently`: that would
    // take the big downscale off the GPU on phones that have one.
    const pixels = context.getImageData(0, 0, output.width, output.height);
    binarize(pixels.data, output.width, output.height);
    context.putImageData(pixels, 0, 0);
  }
  // Encoding from pixels is what strips the metadata: the encoder writes a bare JFIF header, so no
  // EXIF (GPS, device, date), XMP or maker note can survive.
  const jpeg = await (await canvas.convertToBlob({ type: 'image/jpeg', quality: settings.jpegQuality })).arrayBuffer();
  return {
    jpeg,
    width: output.width,
    height: output.height,
    cropped: page !== null,
    quality: {
      width: source.width,
      height: source.height,
      brightness: measured.brightness,
      sharpness: measured.sharpness,
      warnings: qualityWarnings({ ...measured, sourceLongSide: Math.round(sheetLongSide) }),
    },
  };
}

/**
 * Measured in Chromium 156 on a 2-core machine, 12 MP JPEG to 2339 px: createImageBitmap with
 * resizeWidth takes ~400 ms ('high' or 'medium'), decoding without resize then drawing bilinear
 * onto the canvas ~130 ms. So the decoder resizes only what is far too big to hold at full size
 * (above twice the target: a 48 MP photo is 192 MB of pixels), and only down to twice the target;
 * the canvas does the rest.
 */
const DECODER_RESIZE_ABOVE = 2;

async function decode(file: Blob, probed: ImageSize | null, targetLongSidePx: number): Promise<ImageBitmap> {
  const options: ImageBitmapOptions = { imageOrientation: 'from-image' };
  const limit = DECODER_RESIZE_ABOVE * targetLongSidePx;
  if (probed !== null && Math.max(probed.width, probed.height) > limit) {
    // One side only: the decoder keeps the aspect ratio, even if our reading of the orientation
    // were wrong (the result would then be too big, never distorted; `fit` finishes the job).
    options.resizeWidth = fit(probed, limit).width;
    options.resizeQuality = 'medium';
  }
  try {
    return await createImageBitmap(file, options);
  } catch (error: unknown) {
    throw new DecodeFailure(error instanceof Error ? error.message : String(error));
  }
}

function fit(size: ImageSize, longSide: number): ImageSize {
  const scale = Math.min(1, longSide / Math.max(size.width, size.height));
  return {
    width: Math.max(1, Math.round(size.width * scale)),
    height: Math.max(1, Math.round(size.height * scale)),
  };
}

function analyse(canvas: OffscreenCanvas) {
  const size = fit(canvas, ANALYSIS_LONG_SIDE_PX);
  const copy = new OffscreenCanvas(size.width, size.height);
  const context = copy.getContext('2d', { willReadFrequently: true });
  if (context === null) throw new Error('no 2d context on OffscreenCanvas');
  context.imageSmoothingQuality = 'medium';
  context.drawImage(canvas, 0, 0, size.width, size.height);
  return measurePixels(context.getImageData(0, 0, size.width, size.height).data, size.width, size.height);
}

/**
 * The sheet's rectangle in the bitmap's pixels, or null to keep the whole frame. Detection runs on
 * a DETECTION_LONG_SIDE_PX copy drawn bilinear straight from the bitmap: a few milliseconds even
 * from 12 MP (no mipmaps); the aliasing that skips source pixels does not matter for finding a
 * sheet-sized bright region.
 */
function findPage(bitmap: ImageBitmap): Rect | null {
  const size = fit(bitmap, DETECTION_LONG_SIDE_PX);
  const copy = new OffscreenCanvas(size.width, size.height);
  const context = copy.getContext('2d', { alpha: false, willReadFrequently: true });
  if (context === null) throw new Error('no 2d context on OffscreenCanvas');
  context.fillStyle = '#fff'; // as under the output: transparent is paper, not a dark table
  context.fillRect(0, 0, size.width, size.height);
  context.imageSmoothingQuality = 'low';
  context.drawImage(bitmap, 0, 0, size.width, size.height);
  const luma = lumaOf(context.getImageData(0, 0, size.width, size.height).data);
  const found = detectPage(luma, size.width, size.height);
  if (found === null) return null;
  const sx = bitmap.width / size.width;
  const sy = bitmap.height / size.height;
  const x = Math.floor(found.x * sx);
  const y = Math.floor(found.y * sy);
  return {
    x,
    y,
    width: Math.min(bitmap.width, Math.ceil((found.x + found.width) * sx)) - x,
    height: Math.min(bitmap.height, Math.ceil((found.y + found.height) * sy)) - y,
  };
}
