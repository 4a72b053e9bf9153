import { randomBytes } from './bytes';
import type { KeyEnvelope } from './envelope';
import { PBKDF2_ITERATIONS, SALT_BYTES, deriveWrappingKey, unwrapDataKey, wrapDataKey } from './keys';

/*
 * A file of its own rather than changeCode(envelope, code, code): changeCode puts the new code
 * through today's code policy, and strengthening must not. The code already guards this data key;
 * refusing to make its guessing slower because the policy has grown stricter since would leave the
 * envelope weak for good. Not re-exported from ./index: only the unlock (../profiles.ts) needs it.
 */

/**
 * The SAME data key under the same code, with a fresh salt and today's PBKDF2 count (never a lower
 * one than the envelope had): what an unlock stores when needsStrongerKdf(envelope) is true. Nothing
 * sealed changes. The extractable copy of the data key, needed to wrap it again, never leaves this
 * function. WrongCodeError if `code` does not open `envelope`.
 */
export async function strengthenEnvelope(envelope: KeyEnvelope, code: string, now: number = Date.now()): Promise<KeyEnvelope> {
  const current = await deriveWrappingKey(code, envelope.salt, envelope.iterations);
  const dataKey = await unwrapDataKey(envelope.wrappedKey, current, { extractable: true });
  const salt = randomBytes(SALT_BYTES);
  const iterations = Math.max(envelope.iterations, PBKDF2_ITERATIONS);
  const wrappedKey = await wrapDataKey(dataKey, await deriveWrappingKey(code, salt, iterations));
  return { ...envelope, salt, iterations, wrappedKey, createdAt: now };
}
