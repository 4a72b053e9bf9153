import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import {
  MAX_PBKDF2_ITERATIONS,
  PBKDF2_ITERATIONS,
  WeakCodeError,
  WrongCodeError,
  changeCode,
  createKeyEnvelope,
  deriveWrappingKey,
  generateDataKey,
  keyEnvelope,
  needsStrongerKdf,
  openKeyEnvelope,
  openText,
  recordPlace,
  seal,
  wrapDataKey,
  type KeyEnvelope,
} from '@/storage/crypto';
import { strengthenEnvelope } from '@/storage/crypto/strengthen';

/**
 * Re-wrapping an envelope made with fewer PBKDF2 iterations (an older build): same data key, same
 * code, today's count. Each call runs the real count once (~180 ms in Node).
 */
const FAST = { iterations: 1_000 };
const CODE = '482915';
const place = recordPlace('dossiers', 'd-1', 'answers');

describe('strengthening a key envelope', () => {
  it("gives today's count and a fresh salt for the same key: what was sealed opens, only with the same code", async () => {
    const { envelope, dataKey } = await createKeyEnvelope(CODE, FAST);
    const sealed = await seal(dataKey, 'answers', place);

    const stronger = await strengthenEnvelope(envelope, CODE, 42);
    expect(stronger).toMatchObject({ v: 1, kdf: 'PBKDF2-SHA256', wrap: 'AES-KW', iterations: PBKDF2_ITERATIONS, createdAt: 42 });
    expect(stronger.salt).not.toEqual(envelope.salt);
    expect(needsStrongerKdf(stronger)).toBe(false);
    // What IndexedDB hands back still passes the schema, whose cap on the count stays.
    expect(z.safeParse(keyEnvelope, structuredClone(stronger)).success).toBe(true);
    expect(z.safeParse(keyEnvelope, { ...stronger, iterations: MAX_PBKDF2_ITERATIONS + 1 }).success).toBe(false);

    const reopened = await openKeyEnvelope(stronger, CODE);
    expect(reopened.extractable).toBe(false);
    expect(await openText(reopened, sealed, place)).toBe('answers');
    await expect(openKeyEnvelope(stronger, '482916')).rejects.toBeInstanceOf(WrongCodeError);
  });

  it('refuses a code that does not open the envelope', async () => {
    const { envelope } = await createKeyEnvelope(CODE, FAST);
    await expect(strengthenEnvelope(envelope, '482916')).rejects.toBeInstanceOf(WrongCodeError);
  });

  it("strengthens even a code today's policy would refuse, where changeCode cannot", async () => {
    // Written by hand: createKeyEnvelope refuses '111111', as a stricter policy would one day refuse today's codes.
    const old = '111111';
    const salt = crypto.getRandomValues(new Uint8Array(16));
    const dataKey = await generateDataKey();
    const envelope: KeyEnvelope = {
      v: 1,
      kdf: 'PBKDF2-SHA256',
      salt,
      iterations: FAST.iterations,
      wrap: 'AES-KW',
      wrappedKey: await wrapDataKey(dataKey, await deriveWrappingKey(old, salt, FAST.iterations)),
      createdAt: 0,
    };
    await expect(changeCode(envelope, old, old)).rejects.toBeInstanceOf(WeakCodeError);

    const stronger = await strengthenEnvelope(envelope, old);
    expect(stronger.iterations).toBe(PBKDF2_ITERATIONS);
    const sealed = await seal(dataKey, 'receipt', place);
    expect(await openText(await openKeyEnvelope(stronger, old), sealed, place)).toBe('receipt');
  });
});
