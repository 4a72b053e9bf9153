import { ownBytes, utf8 } from './bytes';
import { normalizeCode } from './codePolicy';
import { WrongCodeError } from './errors';

/**
 * OWASP Password Storage Cheat Sheet (2023 revision): PBKDF2-HMAC-SHA256 with at least 600,000
 * iterations. https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html#pbkdf2
 * PBKDF2 because it is the only password KDF in Web Crypto (no Argon2 or scrypt without shipping
 * our own code). Raise it here when OWASP does: needsStrongerKdf() then upgrades envelopes on unlock.
 */
export const PBKDF2_ITERATIONS = 600_000;
/** NIST SP 800-132 §5.1: a salt of at least 128 bits, random per envelope. */
export const SALT_BYTES = 16;

const DATA_KEY = { name: 'AES-GCM', length: 256 } as const;
const DATA_KEY_USAGES: KeyUsage[] = ['encrypt', 'decrypt'];
// AES-KW (RFC 3394): made for wrapping keys, carries its own integrity check and needs no IV.
const WRAPPING_KEY = { name: 'AES-KW', length: 256 } as const;

/**
 * The key that seals records. Extractable only so that wrapDataKey can put it under the code-derived
 * key; the copy the app works with is always unwrapped as non-extractable (see envelope.ts).
 */
export function generateDataKey(): Promise<CryptoKey> {
  return crypto.subtle.generateKey(DATA_KEY, true, DATA_KEY_USAGES);
}

/**
 * The key-encryption key derived from a person's code. Non-extractable and never stored: it exists
 * for the few milliseconds of a wrap or unwrap. `iterations` below PBKDF2_ITERATIONS is for tests
 * only (explicitly passed) and for opening envelopes written when the standard was lower.
 */
export async function deriveWrappingKey(
  code: string,
  salt: Uint8Array,
  iterations: number = PBKDF2_ITERATIONS,
): Promise<CryptoKey> {
  if (!Number.isSafeInteger(iterations) || iterations < 1) throw new RangeError('PBKDF2 iterations must be a positive integer');
  const material = await crypto.subtle.importKey('raw', utf8(normalizeCode(code)), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: ownBytes(salt), iterations },
    material,
    WRAPPING_KEY,
    false,
    ['wrapKey', 'unwrapKey'],
  );
}

/** The data key encrypted under the wrapping key (40 bytes with AES-KW), the only form it is stored in. */
export function wrapDataKey(dataKey: CryptoKey, wrappingKey: CryptoKey): Promise<ArrayBuffer> {
  return crypto.subtle.wrapKey('raw', dataKey, wrappingKey, 'AES-KW');
}

/**
 * The data key back from its wrapped form; WrongCodeError when the wrapping key (so the code) is not
 * the one that wrapped it. Non-extractable unless asked, which only changeCode and strengthenEnvelope
 * (./strengthen.ts) do, to wrap it anew.
 */
export async function unwrapDataKey(
  wrapped: ArrayBuffer,
  wrappingKey: CryptoKey,
  options: { extractable?: boolean } = {},
): Promise<CryptoKey> {
  try {
    return await crypto.subtle.unwrapKey(
      'raw',
      wrapped,
      wrappingKey,
      'AES-KW',
      DATA_KEY,
      options.extractable ?? false,
      DATA_KEY_USAGES,
    );
  } catch (error) {
    // AES-KW's integrity check failing is an OperationError; anything else is a programming error.
    if ((error as { name?: unknown } | null)?.name === 'OperationError') throw new WrongCodeError({ cause: error });
    throw error;
  }
}

/**
 * Kiosk mode's key: random, non-extractable, held in memory only and never written anywhere, so
 * dropping it (the reset reloads the page and the service worker) leaves whatever it sealed
 * unreadable for good, even in IndexedDB files the browser has not compacted yet.
 */
export function createSessionKey(): Promise<CryptoKey> {
  return crypto.subtle.generateKey(DATA_KEY, false, DATA_KEY_USAGES);
}
