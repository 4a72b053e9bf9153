/** Every route of contract v1, in one place for the client, the server and the OpenAPI document. */
export const API_PREFIX = '/api/v1';

export const apiPaths = {
  health: `${API_PREFIX}/health`,
  submissions: `${API_PREFIX}/submissions`,
  submission: (id: string) => `${API_PREFIX}/submissions/${id}`,
  document: (id: string, docId: string) => `${API_PREFIX}/submissions/${id}/documents/${docId}`,
  complete: (id: string) => `${API_PREFIX}/submissions/${id}/complete`,
  /** The public keys receipts and attestations are signed with. */
  keys: `${API_PREFIX}/keys`,
} as const;

export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';
/** RFC 9530 header, value `sha-256=:<base64>:`. */
export const CONTENT_DIGEST_HEADER = 'Content-Digest';

export function contentDigestValue(sha256Base64: string): string {
  return `sha-256=:${sha256Base64}:`;
}

/** Returns the base64 SHA-256 from a Content-Digest header, or null when absent or malformed. */
export function parseContentDigest(header: string | undefined | null): string | null {
  if (!header) return null;
  for (const part of header.split(',')) {
    const match = /^\s*sha-256=:([A-Za-z0-9+/]+={0,2}):\s*$/.exec(part);
    if (match?.[1]) return match[1];
  }
  return null;
}
