import { z } from 'zod/mini';

// Tag checks rather than instanceof: bytes from another realm (worker, test environment, what
// IndexedDB's structured clone hands back) are still bytes.
const tagOf = (value: unknown) => Object.prototype.toString.call(value);
export const isArrayBuffer = (value: unknown): value is ArrayBuffer => tagOf(value) === '[object ArrayBuffer]';
export const isUint8Array = (value: unknown): value is Uint8Array => tagOf(value) === '[object Uint8Array]';

/** Bytes from the platform's CSPRNG (Web Crypto), the only randomness used for keys, salts and IVs. */
export function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(length));
}

/**
 * Web Crypto only takes views over a plain ArrayBuffer (TypeScript says so since 5.7): a view over
 * a SharedArrayBuffer is copied, any other is used as it is (no copy of a large document).
 */
export function ownBytes(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return isArrayBuffer(bytes.buffer) ? (bytes as Uint8Array<ArrayBuffer>) : new Uint8Array(bytes);
}

const utf8Encoder = new TextEncoder();
// fatal: bytes that are not UTF-8 must throw, never turn into replacement characters.
const utf8Decoder = new TextDecoder('utf-8', { fatal: true });
/** Byte for byte: salts, IVs and wrapped keys are compared as values, never as objects. */
export const sameBytes = (a: Uint8Array, b: Uint8Array): boolean => a.length === b.length && a.every((byte, i) => byte === b[i]);

export const utf8 = (text: string): Uint8Array<ArrayBuffer> => utf8Encoder.encode(text);
export const fromUtf8 = (bytes: Uint8Array): string => utf8Decoder.decode(bytes);

/** A Uint8Array of exactly `length` bytes, as read back from IndexedDB. */
export const fixedBytes = (length: number) =>
  z.custom<Uint8Array<ArrayBuffer>>(
    (value) => isUint8Array(value) && isArrayBuffer(value.buffer) && value.byteLength === length,
  );

/** An ArrayBuffer of `min` to `max` bytes, as read back from IndexedDB. */
export const bufferOfLength = (min: number, max = Number.MAX_SAFE_INTEGER) =>
  z.custom<ArrayBuffer>((value) => isArrayBuffer(value) && value.byteLength >= min && value.byteLength <= max);
