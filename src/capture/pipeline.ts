import { readImageSize, type ImageSize } from './imageSize';
import { ANALYSIS_LONG_SIDE_PX, measurePixels, qualityWarnings } from './quality';
import type { CapturedPage } from './types';

/** Runs in the capture worker. Enough of the file for the EXIF block (≤ 64 KB) and ICC profiles. */
const HEAD_BYTES = 256 * 1024;

/** The browser could not decode the bytes (corrupt, truncated, or a codec it lacks). */
export class DecodeFailure extends Error {}

export async function capturePage(file: Blob, settings: { targetLongSidePx: number; jpegQuality: number }): Promise<CapturedPage> {
  const probed = readImageSize(new Uint8Array(await file.slice(0, HEAD_BYTES).arrayBuffer()));
  const bitmap = await decode(file, probed, settings.targetLongSidePx);
  const source: ImageSize = probed ?? { width: bitmap.width, height: bitmap.height };

  // The canvas does the downscale (the decoder only brought giant photos down to twice the target).
  const output = fit(bitmap, settings.targetLongSidePx);
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
  context.imageSmoothingQuality = output.width * 2 >= bitmap.width ? 'low' : 'medium';
  context.drawImage(bitmap, 0, 0, output.width, output.height);
  bitmap.close();

  const measured = analyse(canvas);
  // Encoding from pixels is what strips the metadata: the encoder writes a bare JFIF header, so no
  // EXIF (GPS, device, date), XMP or maker note can survive.
  const jpeg = await (await canvas.convertToBlob({ type: 'image/jpeg', quality: settings.jpegQuality })).arrayBuffer();
  return {
    jpeg,
    width: output.width,
    height: output.height,
    quality: {
      width: source.width,
      height: source.height,
      brightness: measured.brightness,
      sharpness: measured.sharpness,
      warnings: qualityWarnings({ ...measured, sourceLongSide: Math.max(source.width, source.height) }),
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
