/** Lower-case hex (the manifest's SHA-256) → base64 (what Content-Digest carries, RFC 9530). */
export function hexToBase64(hex: string): string {
  let binary = '';
  for (let i = 0; i < hex.length; i += 2) binary += String.fromCharCode(parseInt(hex.slice(i, i + 2), 16));
  return btoa(binary);
}
