/** Lower-case hex (the manifest's SHA-256) → base64 (what Content-Digest carries, RFC 9530). */
export function hexToBase64(hex: string): string {
  let binary = '';
  for (let i = 0; i < hex.length; i += 2) binary += String.fromCharCode(parseInt(hex.slice(i, i + 2), 16));
  return btoa(binary);
}

/** Bytes → base64 (the chunk checksum of Upload-Checksum). */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  // Chunks of 32 KB keep String.fromCharCode's argument list under engine limits.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
