import { z } from 'zod/mini';
import { id, instant, sha256Hex } from './common';
import { attestation, review } from './followUp';
import { keyId, signature } from './signing';
import { submissionState } from './submission';

/**
 * The attestation de dépôt (CESEDA R. 431-15-1 al. 1): it proves filing, not lawful stay.
 * `filedAt` is the server's clock: deadlines are never judged on the device's time.
 * `digest` is the SHA-256 of the canonical submission body, so the applicant can show what was filed.
 * `signature` is the server's (see `receiptSigningPayload`), made with the key `keyId` of GET /keys.
 */
export const receipt = z.object({
  submissionId: id,
  number: z.string().check(z.minLength(1), z.maxLength(64)),
  filedAt: instant,
  digest: sha256Hex,
  keyId,
  signature,
});
export type Receipt = z.infer<typeof receipt>;

/**
 * Answer of GET /api/v1/submissions/{id}. `review` is present once filed (stage `received` at first);
 * `attestations` lists every attestation de prolongation d'instruction issued, oldest first (empty
 * before any).
 */
export const submissionStatus = z.object({
  id,
  state: submissionState,
  createdAt: instant,
  receipt: z.optional(receipt),
  review: z.optional(review),
  attestations: z.array(attestation),
  documents: z.array(z.object({ id, received: z.boolean() })),
});
export type SubmissionStatus = z.infer<typeof submissionStatus>;

export const health = z.object({ status: z.literal('ok'), contract: z.literal('v1'), time: instant });
export type Health = z.infer<typeof health>;
