import type { DocumentMime } from '@/contract';

/**
 * The declared type is what the prefecture will open the file as; checking the first bytes stops a
 * mislabelled file (or a renamed executable) from being filed and only failing when an agent opens it.
 */
export function bytesMatchMime(bytes: Buffer, mime: DocumentMime): boolean {
  const startsWith = (signature: number[], offset = 0) =>
    bytes.length >= offset + signature.length && signature.every((byte, i) => bytes[offset + i] === byte);
  switch (mime) {
    case 'application/pdf':
      return startsWith([0x25, 0x50, 0x44, 0x46, 0x2d]); // %PDF-
    case 'image/jpeg':
      return startsWith([0xff, 0xd8, 0xff]);
    case 'image/png':
      return startsWith([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    case 'image/webp':
      return startsWith([0x52, 0x49, 0x46, 0x46]) && startsWith([0x57, 0x45, 0x42, 0x50], 8); // RIFF....WEBP
  }
}
