/**
 * Resumable document uploads on the document path (`apiPaths.document`), after the tus 1.0 protocol's
 * core and checksum extension but on plain fetch: the service worker cannot load tus-js-client, and
 * the whole-body PUT stays for small files.
 *
 * - `HEAD` → 204, `Upload-Offset` (bytes the server holds) and `Upload-Length` (the manifest size).
 * - `PATCH` with `Upload-Offset`, `Content-Type: application/offset+octet-stream` and optionally
 *   `Upload-Checksum: sha256 <base64>`; the body is the next chunk → 204 with the new `Upload-Offset`.
 *   409 `offset-mismatch` (with the server's `Upload-Offset`), 460 `checksum-mismatch`,
 *   422 `size-mismatch`, and, once the last byte is in, 422 `digest-mismatch` or
 *   `unsupported-media-type` (the server then holds 0 bytes again).
 */
export const UPLOAD_OFFSET_HEADER = 'Upload-Offset';
export const UPLOAD_LENGTH_HEADER = 'Upload-Length';
export const UPLOAD_CHECKSUM_HEADER = 'Upload-Checksum';
export const OFFSET_OCTET_STREAM = 'application/offset+octet-stream';
/** tus's "Checksum Mismatch": not an IANA status, so clients must not rely on a reason phrase. */
export const CHECKSUM_MISMATCH_STATUS = 460;

/** The Upload-Checksum value for a chunk: `sha256 <base64 of the chunk's SHA-256>`. */
export function uploadChecksumValue(sha256Base64: string): string {
  return `sha256 ${sha256Base64}`;
}

/**
 * `{ algorithm, base64 }` from an Upload-Checksum header, or null when absent or malformed. The
 * algorithm is returned lower-cased and unchecked, so the server can say "unsupported" rather than
 * "malformed" for e.g. `md5 …`.
 */
export function parseUploadChecksum(header: string | undefined | null): { algorithm: string; base64: string } | null {
  if (!header) return null;
  const match = /^\s*([A-Za-z0-9-]+) ([A-Za-z0-9+/]+={0,2})\s*$/.exec(header);
  if (!match?.[1] || !match[2]) return null;
  return { algorithm: match[1].toLowerCase(), base64: match[2] };
}

/** A byte offset from an Upload-Offset/Upload-Length header: digits only, a safe integer; else null. */
export function parseUploadOffset(header: string | undefined | null): number | null {
  if (!header || !/^\s*\d{1,16}\s*$/.test(header)) return null;
  const value = Number(header);
  return Number.isSafeInteger(value) ? value : null;
}
