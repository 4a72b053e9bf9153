import { sign } from 'node:crypto';
import { attestationSigningPayload, receiptSigningPayload } from '@/contract';
import type { Attestation, PublicKey, Receipt } from '@/contract';
import type { SigningKey } from './signingKey';

export type UnsignedReceipt = Omit<Receipt, 'keyId' | 'signature'>;
export type UnsignedAttestation = Omit<Attestation, 'keyId' | 'signature'>;

/**
 * Signs what the server vouches for. The payload functions come from the contract, so the bytes
 * signed here are the bytes the app verifies; P1363 (r‖s) because that is what Web Crypto expects,
 * where Node's default would be DER.
 */
export class Signer {
  constructor(private readonly key: SigningKey) {}

  get kid(): string {
    return this.key.kid;
  }

  publicKeys(): PublicKey[] {
    return [this.key.publicJwk];
  }

  signReceipt(receipt: UnsignedReceipt): Receipt {
    const withKey = { ...receipt, keyId: this.key.kid };
    return { ...withKey, signature: this.signText(receiptSigningPayload(withKey)) };
  }

  signAttestation(attestation: UnsignedAttestation): Attestation {
    const withKey = { ...attestation, keyId: this.key.kid };
    return { ...withKey, signature: this.signText(attestationSigningPayload(withKey)) };
  }

  private signText(payload: string): string {
    return sign('sha256', Buffer.from(payload, 'utf8'), { key: this.key.privateKey, dsaEncoding: 'ieee-p1363' }).toString('base64url');
  }
}
