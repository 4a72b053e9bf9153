import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import {
  PBKDF2_ITERATIONS,
  TamperedRecordError,
  WeakCodeError,
  WrongCodeError,
  changeCode,
  createKeyEnvelope,
  createSessionKey,
  deriveWrappingKey,
  generateDataKey,
  keyEnvelope,
  needsStrongerKdf,
  open,
  openKeyEnvelope,
  openText,
  recordPlace,
  seal,
  unwrapDataKey,
  wrapDataKey,
} from '@/storage/crypto';

// Tests only: a low count, passed explicitly, keeps them fast. pbkdf2.test.ts runs the real one.
const FAST = { iterations: 1_000 };
const CODE = '482915';
const place = recordPlace('blobs', 'doc-1', 'bytes');

describe('wrapping the data key under a code (PBKDF2-SHA256 → AES-KW)', () => {
  it('unwraps with the same code and salt, refuses another code with WrongCodeError', async () => {
    const salt = crypto.getRandomValues(new Uint8Array(16));
    const dataKey = await generateDataKey();
    const wrapped = await wrapDataKey(dataKey, await deriveWrappingKey(CODE, salt, FAST.iterations));
    expect(wrapped.byteLength).toBe(40);

    const again = await unwrapDataKey(wrapped, await deriveWrappingKey(CODE, salt, FAST.iterations));
    const sealed = await seal(dataKey, 'passport page', place);
    expect(await openText(again, sealed, place)).toBe('passport page');

    const wrong = await deriveWrappingKey('482916', salt, FAST.iterations);
    await expect(unwrapDataKey(wrapped, wrong)).rejects.toBeInstanceOf(WrongCodeError);
    const otherSalt = await deriveWrappingKey(CODE, crypto.getRandomValues(new Uint8Array(16)), FAST.iterations);
    await expect(unwrapDataKey(wrapped, otherSalt)).rejects.toBeInstanceOf(WrongCodeError);
  });

  it('refuses a count that is not a positive integer', async () => {
    await expect(deriveWrappingKey(CODE, new Uint8Array(16), 0)).rejects.toThrow(RangeError);
    await expect(deriveWrappingKey(CODE, new Uint8Array(16), 1.5)).rejects.toThrow(RangeError);
  });
});

describe('key envelope', () => {
  it('gives a working, non-extractable data key and an envelope that opens with the code only', async () => {
    const { envelope, dataKey } = await createKeyEnvelope(CODE, FAST);
    expect(dataKey.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('raw', dataKey)).rejects.toThrow();

    const sealed = await seal(dataKey, 'answers', place);
    const stored = z.parse(keyEnvelope, structuredClone(envelope)); // what IndexedDB hands back
    const reopened = await openKeyEnvelope(stored, CODE);
    expect(reopened.extractable).toBe(false);
    expect(await openText(reopened, sealed, place)).toBe('answers');

    await expect(openKeyEnvelope(stored, '482916')).rejects.toBeInstanceOf(WrongCodeError);
    await expect(openKeyEnvelope(stored, '')).rejects.toBeInstanceOf(WrongCodeError);
  });

  it('opens with the code typed in Arabic-Indic digits', async () => {
    const { envelope } = await createKeyEnvelope(CODE, FAST);
    await expect(openKeyEnvelope(envelope, '٤٨٢٩١٥')).resolves.toBeDefined();
  });

  it('refuses to protect the key with a code the policy refuses', async () => {
    await expect(createKeyEnvelope('123456', FAST)).rejects.toBeInstanceOf(WeakCodeError);
    await expect(createKeyEnvelope('1234', FAST)).rejects.toMatchObject({ reason: 'too-short' });
  });

  it('refuses an altered envelope as a wrong code', async () => {
    const { envelope } = await createKeyEnvelope(CODE, FAST);
    const wrappedKey = new Uint8Array(envelope.wrappedKey).slice();
    wrappedKey[5] = (wrappedKey[5] ?? 0) ^ 0x80;
    await expect(openKeyEnvelope({ ...envelope, wrappedKey: wrappedKey.buffer }, CODE)).rejects.toBeInstanceOf(WrongCodeError);
    await expect(openKeyEnvelope({ ...envelope, iterations: 999 }, CODE)).rejects.toBeInstanceOf(WrongCodeError);
  });

  it('changes the code without touching what was sealed, and the old code stops working', async () => {
    const { envelope, dataKey } = await createKeyEnvelope(CODE, FAST);
    const sealed = await seal(dataKey, 'receipt', place);
    const changed = await changeCode(envelope, CODE, '730164', FAST);
    expect(changed.salt).not.toEqual(envelope.salt);
    await expect(openKeyEnvelope(changed, CODE)).rejects.toBeInstanceOf(WrongCodeError);
    expect(await openText(await openKeyEnvelope(changed, '730164'), sealed, place)).toBe('receipt');

    await expect(changeCode(envelope, '999999', '730164', FAST)).rejects.toBeInstanceOf(WrongCodeError);
    await expect(changeCode(envelope, CODE, '111111', FAST)).rejects.toBeInstanceOf(WeakCodeError);
  });

  it('flags envelopes below today’s iteration count for re-wrapping', async () => {
    const { envelope } = await createKeyEnvelope(CODE, FAST);
    expect(needsStrongerKdf(envelope)).toBe(true);
    expect(needsStrongerKdf({ ...envelope, iterations: PBKDF2_ITERATIONS })).toBe(false);
  });

  it.each([
    ['a count of billions (would freeze the unlock)', { iterations: 2 ** 31 }],
    ['a short salt', { salt: new Uint8Array(8) }],
    ['a wrapped key of the wrong size', { wrappedKey: new ArrayBuffer(32) }],
    ['another KDF', { kdf: 'PBKDF2-SHA1' }],
  ])('the envelope schema refuses %s', async (_, change) => {
    const { envelope } = await createKeyEnvelope(CODE, FAST);
    expect(z.safeParse(keyEnvelope, { ...envelope, ...change }).success).toBe(false);
  });
});

describe('kiosk session key', () => {
  it('is AES-256-GCM, cannot be exported, and what it sealed dies with it', async () => {
    const key = await createSessionKey();
    expect(key.extractable).toBe(false);
    expect(key.algorithm).toMatchObject({ name: 'AES-GCM', length: 256 });
    await expect(crypto.subtle.exportKey('raw', key)).rejects.toThrow();
    await expect(crypto.subtle.exportKey('jwk', key)).rejects.toThrow();

    const sealed = await seal(key, 'draft', place);
    // After a reset a new session key is made: the old ciphertext stays unreadable.
    await expect(open(await createSessionKey(), sealed, place)).rejects.toBeInstanceOf(TamperedRecordError);
  });
});
