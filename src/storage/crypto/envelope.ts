import { z } from 'zod/mini';
import { bufferOfLength, fixedBytes, randomBytes } from './bytes';
import { checkCode, normalizeCode } from './codePolicy';
import { WeakCodeError, WrongCodeError } from './errors';
import {
  PBKDF2_ITERATIONS,
  SALT_BYTES,
  deriveWrappingKey,
  generateDataKey,
  unwrapDataKey,
  wrapDataKey,
} from './keys';

/**
 * Caps what a stored envelope may ask for: an altered count of billions would freeze the unlock
 * screen for hours. Ten million leaves room for OWASP raising the bar many times over.
 */
export const MAX_PBKDF2_ITERATIONS = 10_000_000;
/** An AES-256 key wrapped with AES-KW: 32 bytes + the 8-byte integrity block. */
const WRAPPED_KEY_BYTES = 40;

/**
 * What a device stores to find its data key again from a code: never the key itself, never the
 * code. Lives in clear (it must be read before unlocking); knowing it without the code only allows
 * guessing codes offline, which is what the PBKDF2 count slows down (docs/threat-model.md).
 */
export const keyEnvelope = z.object({
  v: z.literal(1),
  kdf: z.literal('PBKDF2-SHA256'),
  salt: fixedBytes(SALT_BYTES),
  iterations: z.int().check(z.minimum(1), z.maximum(MAX_PBKDF2_ITERATIONS)),
  wrap: z.literal('AES-KW'),
  wrappedKey: bufferOfLength(WRAPPED_KEY_BYTES, WRAPPED_KEY_BYTES),
  createdAt: z.number(),
});
export type KeyEnvelope = z.infer<typeof keyEnvelope>;

export interface EnvelopeOptions {
  /** Tests only: a lower count keeps them fast. The default is PBKDF2_ITERATIONS. */
  iterations?: number;
  /** Creation time (device clock, ms); defaults to Date.now(). */
  now?: number;
}

function strongCode(code: string): string {
  const checked = checkCode(code);
  if (!checked.ok) throw new WeakCodeError(checked.reason);
  return checked.code;
}

async function envelopeFor(dataKey: CryptoKey, code: string, options: EnvelopeOptions) {
  const salt = randomBytes(SALT_BYTES);
  const iterations = options.iterations ?? PBKDF2_ITERATIONS;
  const wrappingKey = await deriveWrappingKey(code, salt, iterations);
  const wrappedKey = await wrapDataKey(dataKey, wrappingKey);
  const envelope: KeyEnvelope = {
    v: 1,
    kdf: 'PBKDF2-SHA256',
    salt,
    iterations,
    wrap: 'AES-KW',
    wrappedKey,
    createdAt: options.now ?? Date.now(),
  };
  return { envelope, wrappingKey };
}

/**
 * A new data key protected by `code` (refused with WeakCodeError if the code policy refuses it).
 * Returns the envelope to store and the data key to work with, non-extractable: the extractable
 * original never leaves this function.
 */
export async function createKeyEnvelope(
  code: string,
  options: EnvelopeOptions = {},
): Promise<{ envelope: KeyEnvelope; dataKey: CryptoKey }> {
  const fresh = await generateDataKey();
  const { envelope, wrappingKey } = await envelopeFor(fresh, strongCode(code), options);
  // Unwrapping again with the key just derived costs no second PBKDF2 and yields a non-extractable copy.
  const dataKey = await unwrapDataKey(envelope.wrappedKey, wrappingKey);
  return { envelope, dataKey };
}

/** The data key (non-extractable) behind `envelope`, or WrongCodeError. Parse the stored envelope first. */
export async function openKeyEnvelope(envelope: KeyEnvelope, code: string): Promise<CryptoKey> {
  // An empty code cannot be right, and some browsers refuse an empty PBKDF2 password outright.
  if (normalizeCode(code) === '') throw new WrongCodeError();
  const wrappingKey = await deriveWrappingKey(code, envelope.salt, envelope.iterations);
  return unwrapDataKey(envelope.wrappedKey, wrappingKey);
}

/**
 * A new envelope for the SAME data key under `newCode` (new salt, today's iteration count): nothing
 * sealed has to be encrypted again. Also how an old envelope is strengthened (same code twice) and
 * how a second mediator's code could be added (keep both envelopes).
 */
export async function changeCode(
  envelope: KeyEnvelope,
  currentCode: string,
  newCode: string,
  options: EnvelopeOptions = {},
): Promise<KeyEnvelope> {
  const code = strongCode(newCode);
  const current = await deriveWrappingKey(currentCode, envelope.salt, envelope.iterations);
  const dataKey = await unwrapDataKey(envelope.wrappedKey, current, { extractable: true });
  return (await envelopeFor(dataKey, code, options)).envelope;
}

/** True when the envelope was made with fewer iterations than today's standard: re-wrap it at the next unlock. */
export function needsStrongerKdf(envelope: KeyEnvelope): boolean {
  return envelope.iterations < PBKDF2_ITERATIONS;
}
