import { attestationSigningPayload, receiptSigningPayload, type Attestation, type PublicKey, type Receipt } from '@/contract';

/**
 * - valid: the server's key signed exactly these fields;
 * - invalid: something was changed after signing (on the device or on the way) — never trust it;
 * - unsigned: a receipt stored before receipts were signed;
 * - unknown-key: the key is not on this device yet (it comes with the next connection).
 */
export type SignatureCheck = 'valid' | 'invalid' | 'unsigned' | 'unknown-key';

type Signed = { keyId?: string | undefined; signature?: string | undefined };

function base64UrlToBytes(text: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(text.length / 4) * 4, '=');
  try {
    return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

/**
 * ECDSA P-256 with SHA-256 over the canonical JSON of the signed fields (the contract builds the
 * very same string the server signed). Web Crypto works offline: the check needs only the stored
 * public key, so a receipt can be shown as genuine in a prefecture queue with no network.
 */
async function verify(payload: string, signed: Signed, key: PublicKey | undefined): Promise<SignatureCheck> {
  if (signed.signature === undefined || signed.keyId === undefined) return 'unsigned';
  if (key?.kid !== signed.keyId) return 'unknown-key';
  const signature = base64UrlToBytes(signed.signature);
  if (signature?.byteLength !== 64) return 'invalid';
  try {
    const publicKey = await crypto.subtle.importKey(
      'jwk',
      { kty: key.kty, crv: key.crv, x: key.x, y: key.y, ext: true },
      { name: 'ECDSA', namedCurve: 'P-256' },
      false,
      ['verify'],
    );
    const ok = await crypto.subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, publicKey, signature, new TextEncoder().encode(payload));
    return ok ? 'valid' : 'invalid';
  } catch {
    return 'invalid';
  }
}

/** Old receipts (stored before signatures existed) have neither keyId nor signature. */
export function checkReceipt(receipt: Omit<Receipt, 'keyId' | 'signature'> & Signed, key: PublicKey | undefined): Promise<SignatureCheck> {
  const { keyId } = receipt;
  if (receipt.signature === undefined || keyId === undefined) return Promise.resolve('unsigned');
  return verify(receiptSigningPayload({ ...receipt, keyId }), receipt, key);
}

export function checkAttestation(attestation: Attestation, key: PublicKey | undefined): Promise<SignatureCheck> {
  return verify(attestationSigningPayload(attestation), attestation, key);
}
