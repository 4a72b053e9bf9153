import { z } from 'zod/mini';
import { id, instant } from './common';
import { keyId, signature } from './signing';

/**
 * What happens to a filed submission at the prefecture, as the status resource reports it:
 * received (filed, not yet opened) → under-review → decided (granted or refused).
 */
export const reviewStage = z.enum(['received', 'under-review', 'decided']);
export type ReviewStage = z.infer<typeof reviewStage>;

export const reviewDecision = z.enum(['granted', 'refused']);
export type ReviewDecision = z.infer<typeof reviewDecision>;

/** `decision` only once `stage` is `decided`; `updatedAt` is the server's time of the last change. */
export const review = z.object({
  stage: reviewStage,
  decision: z.optional(reviewDecision),
  updatedAt: instant,
});
export type Review = z.infer<typeof review>;

export const attestationKind = z.enum(['prolongation-instruction']);
export type AttestationKind = z.infer<typeof attestationKind>;

/**
 * Attestation de prolongation d'instruction (CESEDA R. 431-15-1): owed for a complete renewal filed
 * on time while the prefect has not decided, valid up to three months and renewed as long as no
 * decision is taken; it lets the person keep working if the previous card did (R. 431-15-2).
 * Signed by the server like the receipt (see `attestationSigningPayload`); `validUntil` is a
 * calendar date (YYYY-MM-DD, Paris), the last day the attestation covers.
 */
export const attestation = z.object({
  id,
  submissionId: id,
  number: z.string().check(z.minLength(1), z.maxLength(64)),
  kind: attestationKind,
  issuedAt: instant,
  validUntil: z.iso.date(),
  keyId,
  signature,
});
export type Attestation = z.infer<typeof attestation>;
