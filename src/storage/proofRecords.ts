import { z } from 'zod/mini';
import { attestation, publicKey, receipt, review, type Review } from '@/contract';
import { storedSealed } from './storedSealed';

// What the administration sent back about a filing: receipts, attestations, the review, its keys.

/**
 * The receipt as stored. `keyId` and `signature` are optional HERE (not in the contract) because
 * receipts stored before the server signed them have neither: such a receipt is shown as "filed
 * before signatures existed", never as tampered with. A signed one is checked against `signingKeys`.
 * Any text is accepted as signature: the check, not the parser, says "tampered"; a strict format
 * here would make an altered receipt vanish from the screen instead of being shown as altered.
 */
const storedSignature = z.string();
export const plainReceiptRecord = z.extend(receipt, {
  keyId: z.optional(z.string()),
  signature: z.optional(storedSignature),
  dossierId: z.string(),
  storedAt: z.number(),
});
/** A receipt as screens see it (opened). */
export type ReceiptRecord = z.infer<typeof plainReceiptRecord>;
/**
 * What is sealed of a receipt: all but the keys the tables look it up by. The receipt number
 * and the filing time tie the row to a person at the prefecture.
 */
export const sealedReceiptContent = z.object({
  number: z.string(),
  filedAt: z.string(),
  digest: z.string(),
  keyId: z.optional(z.string()),
  signature: z.optional(storedSignature),
});
export const sealedReceiptRecord = z.object({
  submissionId: z.string(),
  dossierId: z.string(),
  storedAt: z.number(),
  content: storedSealed,
});
/** Stored since v5 sealed; before, in clear. Both are read; `submissionId`, `dossierId`, `storedAt` are in both. */
export const receiptRecord = z.union([sealedReceiptRecord, plainReceiptRecord]);
export type ReceiptRow = z.infer<typeof receiptRecord>;

/** What recordDelivery accepts: a signed receipt from the contract, or an unsigned older one. */
export type ReceiptInput = Omit<ReceiptRecord, 'dossierId' | 'storedAt'>;

/** An attestation de prolongation d'instruction as the server signed it, plus where it belongs. */
export const plainAttestationRecord = z.extend(attestation, {
  signature: storedSignature, // as for receipts: an altered one must show as altered, not vanish
  dossierId: z.string(),
  storedAt: z.number(),
});
/** An attestation as screens see it (opened). */
export type AttestationRecord = z.infer<typeof plainAttestationRecord>;
/** What is sealed of an attestation since v5: all but the keys it is looked up by. */
export const sealedAttestationContent = z.object({
  number: attestation.shape.number,
  kind: attestation.shape.kind,
  issuedAt: attestation.shape.issuedAt,
  validUntil: attestation.shape.validUntil,
  keyId: attestation.shape.keyId,
  signature: storedSignature,
});
export const attestationRecord = z.union([
  z.object({ id: z.string(), submissionId: z.string(), dossierId: z.string(), storedAt: z.number(), content: storedSealed }),
  plainAttestationRecord,
]);
export type AttestationRow = z.infer<typeof attestationRecord>;

/**
 * What the device last learned about a filed submission. `checkedAt` (device time of the last
 * successful check) lets the screen say how fresh it is; `lastCheckFailedAt` that it may be stale.
 */
export const followUpRecord = z.object({
  submissionId: z.string(),
  dossierId: z.string(),
  /** Sealed since 2026-11 (device key: the sender writes it); the stage and decision tie it to the person. */
  review: z.optional(z.union([storedSealed, review])),
  checkedAt: z.number(),
  lastCheckFailedAt: z.optional(z.number()),
});
export type FollowUpRow = z.infer<typeof followUpRecord>;
/** The follow-up as screens see it: the review opened. */
export type FollowUpRecord = Omit<FollowUpRow, 'review'> & { review?: Review };

/** A public key of the server (JWK), kept on first use so signatures can be checked offline. */
export const signingKeyRecord = z.extend(publicKey, { storedAt: z.number() });
export type SigningKeyRecord = z.infer<typeof signingKeyRecord>;
