import { randomInt } from 'node:crypto';

/**
 * No 0/O, 1/I/L: the number is read aloud at a prefecture desk and typed back by hand.
 * 31^6 ≈ 887 million numbers a day; a collision is caught by the UNIQUE index and retried.
 */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const SUFFIX_LENGTH = 6;

function makeNumber(prefix: string, at: Date): string {
  const day = at.toISOString().slice(0, 10).replaceAll('-', '');
  let suffix = '';
  for (let i = 0; i < SUFFIX_LENGTH; i += 1) suffix += ALPHABET[randomInt(ALPHABET.length)];
  return `${prefix}-${day}-${suffix}`;
}

/** e.g. `RLS-20261126-7K3QX9`; the date is the filing day in UTC, the same clock as `filedAt`. */
export function makeReceiptNumber(filedAt: Date): string {
  return makeNumber('RLS', filedAt);
}

/**
 * e.g. `API-20270301-Q8M2ZT`: "API" is what prefectures and mediators call the attestation de
 * prolongation d'instruction; dated (UTC) on the day it was issued.
 */
export function makeAttestationNumber(issuedAt: Date): string {
  return makeNumber('API', issuedAt);
}
