import { z } from 'zod/mini';
import { canonicalJson } from './canonicalJson';

/**
 * Receipts and attestations are signed by the server with ECDSA P-256 / SHA-256 so the device can
 * show them as genuine offline (a prefecture queue has no network). The signature is the IEEE P1363
 * form (r‖s, 64 bytes: what Web Crypto's `verify` takes) in base64url without padding, over the UTF-8
 * bytes of the canonical JSON (`canonicalJson`) of the signed fields — every field but `signature`.
 */

/** Names the server key that signed; the reference server uses 16 hex characters of the JWK's SHA-256. */
export const keyId = z.string().check(z.minLength(1), z.maxLength(64));
/** base64url, no padding. */
export const signature = z.string().check(z.regex(/^[A-Za-z0-9_-]+$/));

/** One public key of the server as a JWK (only what an ECDSA P-256 check needs). */
export const publicKey = z.object({
  kid: keyId,
  kty: z.literal('EC'),
  crv: z.literal('P-256'),
  x: z.string().check(z.regex(/^[A-Za-z0-9_-]+$/)),
  y: z.string().check(z.regex(/^[A-Za-z0-9_-]+$/)),
});
export type PublicKey = z.infer<typeof publicKey>;

/** Answer of GET /api/v1/keys. */
export const publicKeySet = z.object({ keys: z.array(publicKey) });
export type PublicKeySet = z.infer<typeof publicKeySet>;

/** The fields a receipt's signature covers; `signature` itself may be there and is left out. */
export interface SignedReceiptFields {
  submissionId: string;
  number: string;
  filedAt: string;
  digest: string;
  keyId: string;
  signature?: string | undefined;
}

/** The fields an attestation's signature covers; `signature` itself may be there and is left out. */
export interface SignedAttestationFields {
  id: string;
  submissionId: string;
  number: string;
  kind: string;
  issuedAt: string;
  validUntil: string;
  keyId: string;
  signature?: string | undefined;
}

/**
 * The exact string the receipt's signature covers. The fields are picked by name rather than "all but
 * signature", so a record carrying extra keys (a stored copy with its dossier id) still checks.
 */
export function receiptSigningPayload(receipt: SignedReceiptFields): string {
  const { submissionId, number, filedAt, digest, keyId } = receipt;
  return canonicalJson({ submissionId, number, filedAt, digest, keyId });
}

/** The exact string an attestation's signature covers (same rules as the receipt). */
export function attestationSigningPayload(attestation: SignedAttestationFields): string {
  const { id, submissionId, number, kind, issuedAt, validUntil, keyId } = attestation;
  return canonicalJson({ id, submissionId, number, kind, issuedAt, validUntil, keyId });
}
