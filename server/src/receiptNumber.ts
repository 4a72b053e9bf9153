import { randomInt } from 'node:crypto';

/**
 * No 0/O, 1/I/L: the number is read aloud at a prefecture desk and typed back by hand.
 * 31^6 ≈ 887 million numbers a day; a collision is caught by the UNIQUE index and retried.
 */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const SUFFIX_LENGTH = 6;

/** e.g. `RLS-20261126-7K3QX9`; the date is the filing day in UTC, the same clock as `filedAt`. */
export function makeReceiptNumber(filedAt: Date): string {
  const day = filedAt.toISOString().slice(0, 10).replaceAll('-', '');
  let suffix = '';
  for (let i = 0; i < SUFFIX_LENGTH; i += 1) suffix += ALPHABET[randomInt(ALPHABET.length)];
  return `RLS-${day}-${suffix}`;
}
