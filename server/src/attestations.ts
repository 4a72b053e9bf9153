import { randomUUID } from 'node:crypto';
import type { Attestation } from '@/contract';
import { makeAttestationNumber } from './receiptNumber';
import type { Signer } from './signer';

/** CESEDA R. 431-15-1: an attestation de prolongation d'instruction is valid for three months at most. */
export const MAX_ATTESTATION_MONTHS = 3;

/** A new, signed attestation de prolongation d'instruction for a filed submission. */
export function makeAttestation(signer: Signer, submissionId: string, issuedAt: Date, months: number): Attestation {
  return signer.signAttestation({
    id: randomUUID(),
    submissionId,
    number: makeAttestationNumber(issuedAt),
    kind: 'prolongation-instruction',
    issuedAt: issuedAt.toISOString(),
    validUntil: addMonths(parisDate(issuedAt), months),
  });
}

/** The calendar date in France of an instant: a document issued at 00:30 in Paris is dated that day. */
export function parisDate(at: Date): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

/**
 * `date` (YYYY-MM-DD) plus whole months, same day of the month, or the month's last day when it has
 * fewer (30 November + 3 months = 28 or 29 February), so a validity never spills into a fourth month.
 */
export function addMonths(date: string, months: number): string {
  const [year = NaN, month = NaN, day = NaN] = date.split('-').map(Number);
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}
