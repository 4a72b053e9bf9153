/**
 * Pixel size of an image from its first bytes, with the EXIF orientation already applied, so that
 * the decoder can be asked for the downscaled size directly (a 12 MP photo is 48 MB of pixels at
 * full size: too much for a low-end phone to hold twice). `null` when the header is not understood:
 * the caller then decodes at full size.
 *
 * Layouts: JPEG markers (ITU T.81 B.1.1), EXIF/TIFF IFD0 tag 0x0112 (CIPA DC-008), PNG IHDR
 * (RFC 2083), WebP RIFF chunks VP8/VP8L/VP8X (RFC 9649).
 */
export type ImageSize = { width: number; height: number };

export function readImageSize(head: Uint8Array): ImageSize | null {
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  try {
    if (head[0] === 0xff && head[1] === 0xd8) return jpegSize(view);
    if (head[0] === 0x89 && head[1] === 0x50) return { width: view.getUint32(16), height: view.getUint32(20) };
    if (head[0] === 0x52 && head[8] === 0x57) return webpSize(view);
  } catch (_error: unknown) {
    // A RangeError from a truncated header: unknown size, not a refusal (the decoder decides).
  }
  return null;
}

function jpegSize(view: DataView): ImageSize | null {
  let orientation = 1;
  let offset = 2;
  while (offset + 4 <= view.byteLength) {
    if (view.getUint8(offset) !== 0xff) return null;
    const marker = view.getUint8(offset + 1);
    if (marker === 0xff) {
      offset += 1; // fill byte
      continue;
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd9)) {
      offset += 2; // markers without a length
      continue;
    }
    const length = view.getUint16(offset + 2);
    const isSof = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isSof) {
      const height = view.getUint16(offset + 5);
      const width = view.getUint16(offset + 7);
      return orientation >= 5 && orientation <= 8 ? { width: height, height: width } : { width, height };
    }
    if (marker === 0xe1 && isExif(view, offset + 4)) orientation = exifOrientation(view, offset + 10) ?? 1;
    offset += 2 + length;
  }
  return null;
}

function isExif(view: DataView, at: number): boolean {
  // "Exif\0\0"
  return view.getUint32(at) === 0x45786966 && view.getUint16(at + 4) === 0;
}

function exifOrientation(view: DataView, tiff: number): number | null {
  const little = view.getUint16(tiff) === 0x4949; // "II"
  const ifd0 = tiff + view.getUint32(tiff + 4, little);
  const entries = view.getUint16(ifd0, little);
  for (let i = 0; i < entries; i++) {
    const entry = ifd0 + 2 + i * 12;
    if (view.getUint16(entry, little) === 0x0112) return view.getUint16(entry + 8, little);
  }
  return null;
}

function webpSize(view: DataView): ImageSize | null {
  const chunk = view.getUint32(12);
  if (chunk === 0x56503858 /* VP8X */) {
    const width = 1 + (view.getUint16(24, true) | (view.getUint8(26) << 16));
    const height = 1 + (view.getUint16(27, true) | (view.getUint8(29) << 16));
    return { width, height };
  }
  if (chunk === 0x5650384c /* VP8L */) {
    const bits = view.getUint32(21, true);
    return { width: 1 + (bits & 0x3fff), height: 1 + ((bits >>> 14) & 0x3fff) };
  }
  if (chunk === 0x56503820 /* "VP8 " */) {
    return { width: view.getUint16(26, true) & 0x3fff, height: view.getUint16(28, true) & 0x3fff };
  }
  return null;
}
