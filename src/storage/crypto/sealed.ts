import { z } from 'zod/mini';
import { CorruptRecordError } from '../errors';
import type { TableName } from '../schema';
import { bufferOfLength, fixedBytes, fromUtf8, isArrayBuffer, isUint8Array, ownBytes, randomBytes, utf8 } from './bytes';
import { TamperedRecordError } from './errors';

/**
 * 96 bits, the IV size GCM is specified for (NIST SP 800-38D §8.2). Random IVs of this size are safe
 * for up to 2^32 seals under one key (§8.3), orders of magnitude beyond what a device writes.
 */
export const IV_BYTES = 12;
/** Web Crypto's default and maximum GCM tag (128 bits): every ciphertext is at least this long. */
const TAG_BYTES = 16;

/**
 * A sealed value as stored in a record field. `v` names the format (AES-256-GCM, IV per seal, the
 * place as additional data) so a later format can sit beside this one. Validate what IndexedDB
 * gives back with this schema, inside the record's schema, before opening it.
 */
export const sealedRecord = z.object({
  v: z.literal(1),
  iv: fixedBytes(IV_BYTES),
  ct: bufferOfLength(TAG_BYTES),
});
export type Sealed = z.infer<typeof sealedRecord>;

export type JsonValue =
  | string
  | number
  | boolean
  | null
  | readonly JsonValue[]
  | { readonly [key: string]: JsonValue | undefined };
/** Bytes are sealed as they are, a string as UTF-8 text, anything else as its JSON text. */
export type Plaintext = Uint8Array | ArrayBuffer | JsonValue;

/**
 * Where a sealed value lives: `table/id/field`, each part escaped so that an id holding a `/`
 * cannot pose as another place. It is never stored: the reader rebuilds it from where it found the
 * value, which is what makes a value copied into another record or field fail to open.
 */
export function recordPlace(table: TableName, id: string, field: string): string {
  return [table, id, field].map(encodeURIComponent).join('/');
}

// The format's name goes into the authenticated data too: a v1 value can never open as a later format.
const additionalData = (place: string) => utf8(`relais/sealed/v1\n${place}`);

function encode(plaintext: Plaintext): Uint8Array<ArrayBuffer> {
  if (typeof plaintext === 'string') return utf8(plaintext);
  if (isUint8Array(plaintext)) return ownBytes(plaintext);
  if (isArrayBuffer(plaintext)) return new Uint8Array(plaintext);
  return utf8(JSON.stringify(plaintext));
}

/**
 * Encrypts `plaintext` for the field at `place` (see recordPlace) with a fresh random IV: sealing
 * the same value twice gives two unrelated ciphertexts, so equal answers do not show as equal.
 * A top-level JSON string is sealed as its text: open it with openText.
 */
export async function seal(key: CryptoKey, plaintext: Plaintext, place: string): Promise<Sealed> {
  const iv = randomBytes(IV_BYTES);
  const ct = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: additionalData(place) },
    key,
    encode(plaintext),
  );
  return { v: 1, iv, ct };
}

// Web Crypto reports a failed GCM tag (and a ciphertext too short to hold one) as OperationError.
// Anything else (a key of the wrong kind or usage) is a programming error and is rethrown as it is.
const isAuthFailure = (error: unknown) =>
  typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'OperationError';

/**
 * The bytes sealed at `place`, or TamperedRecordError: GCM checks the tag before releasing any
 * plaintext, so an altered, moved or foreign value never comes back as garbage.
 */
export async function open(key: CryptoKey, sealed: Sealed, place: string): Promise<Uint8Array<ArrayBuffer>> {
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: sealed.iv, additionalData: additionalData(place) },
      key,
      sealed.ct,
    );
    return new Uint8Array(plain);
  } catch (error) {
    if (isAuthFailure(error)) throw new TamperedRecordError(place, { cause: error });
    throw error;
  }
}

/** The text sealed at `place` (sealed from a string). */
export async function openText(key: CryptoKey, sealed: Sealed, place: string): Promise<string> {
  return fromUtf8(await open(key, sealed, place));
}

/**
 * The JSON value sealed at `place`, parsed with the field's schema like every other read: an
 * authentic value that an older build wrote in another shape is a CorruptRecordError (its paths
 * only, never the values), not a crash and not tampering.
 */
export async function openJson<T>(
  key: CryptoKey,
  sealed: Sealed,
  place: string,
  schema: z.ZodMiniType<T>,
): Promise<T> {
  const text = await openText(key, sealed, place);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new CorruptRecordError('sealed', place, []);
  }
  const result = z.safeParse(schema, value);
  if (result.success) return result.data;
  throw new CorruptRecordError(
    'sealed',
    place,
    result.error.issues.map((issue) => issue.path.map(String).join('.')),
  );
}
