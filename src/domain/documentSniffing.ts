import type { DocumentMime } from '@/contract';

/**
 * What a file really is, from its first bytes, never from its name or the browser's guess:
 * a text file renamed .jpg, or an executable, must be refused. Signatures from each format's spec
 * (PDF: ISO 32000 "%PDF-"; JPEG: SOI + marker; PNG: 8-byte signature; WebP: RIFF container + "WEBP").
 */
export function sniffDocumentMime(head: Uint8Array): DocumentMime | null {
  const starts = (...bytes: number[]) => bytes.every((b, i) => head[i] === b);
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return 'application/pdf';
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  if (starts(0x52, 0x49, 0x46, 0x46) && head[8] === 0x57 && head[9] === 0x45 && head[10] === 0x42 && head[11] === 0x50) {
    return 'image/webp';
  }
  return null;
}

/** HEIC (iPhone photos) is recognisable but not accepted: say so specifically, it is a common case. */
export function looksLikeHeic(head: Uint8Array): boolean {
  const brand = String.fromCharCode(...head.slice(4, 12));
  return brand.startsWith('ftyphei') || brand.startsWith('ftypheic') || brand.startsWith('ftypmif1') || brand.startsWith('ftyphevc');
}
