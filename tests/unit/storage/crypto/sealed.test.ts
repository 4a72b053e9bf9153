import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { CorruptRecordError } from '@/storage';
import {
  TamperedRecordError,
  createSessionKey,
  open,
  openJson,
  openText,
  recordPlace,
  seal,
  sealedRecord,
  type Sealed,
} from '@/storage/crypto';

const key = await createSessionKey();
const place = recordPlace('dossiers', 'd-1', 'answers');
const answers = { lastName: 'Benali', firstName: 'Yasmina', married: true, note: null };
const answersSchema = z.record(z.string(), z.union([z.string(), z.boolean(), z.null()]));

/** The same sealed value with one byte of `part` flipped. */
function flipped(sealed: Sealed, part: 'iv' | 'ct', index = 0): Sealed {
  const bytes = new Uint8Array(part === 'iv' ? sealed.iv : sealed.ct).slice();
  bytes[index] = (bytes[index] ?? 0) ^ 0x01;
  return part === 'iv' ? { ...sealed, iv: bytes } : { ...sealed, ct: bytes.buffer };
}

describe('seal / open (AES-256-GCM, the place as additional data)', () => {
  it('round-trips bytes, text and JSON', async () => {
    const bytes = new Uint8Array([0, 1, 2, 253, 254, 255]);
    expect(await open(key, await seal(key, bytes, place), place)).toEqual(bytes);
    expect(await open(key, await seal(key, bytes.buffer, place), place)).toEqual(bytes);
    expect(await openText(key, await seal(key, 'Yasmina Benali — يسمينة', place), place)).toBe('Yasmina Benali — يسمينة');
    expect(await openText(key, await seal(key, '', place), place)).toBe('');
    expect(await openJson(key, await seal(key, answers, place), place, answersSchema)).toEqual(answers);
  });

  it('survives IndexedDB (structured clone) and parses with the sealed schema', async () => {
    const stored: unknown = structuredClone(await seal(key, answers, place));
    const sealed = z.parse(sealedRecord, stored);
    expect(await openJson(key, sealed, place, answersSchema)).toEqual(answers);
  });

  it('uses a fresh IV for every seal: the same text twice gives unrelated ciphertexts', async () => {
    const a = await seal(key, 'Benali', place);
    const b = await seal(key, 'Benali', place);
    expect(a.iv).toHaveLength(12);
    expect(a.iv).not.toEqual(b.iv);
    expect(new Uint8Array(a.ct)).not.toEqual(new Uint8Array(b.ct));
  });

  it('never holds the plaintext in what it stores', async () => {
    const sealed = await seal(key, 'CANARY-Benali', place);
    expect(new TextDecoder().decode(sealed.ct)).not.toContain('Benali');
  });

  it.each([
    ['a flipped byte in the ciphertext', (s: Sealed) => flipped(s, 'ct', 3)],
    ['a flipped byte in the tag', (s: Sealed) => flipped(s, 'ct', s.ct.byteLength - 1)],
    ['a flipped byte in the IV', (s: Sealed) => flipped(s, 'iv', 11)],
    ['a ciphertext cut short', (s: Sealed) => ({ ...s, ct: s.ct.slice(0, 10) })],
  ])('refuses %s with TamperedRecordError', async (_, alter) => {
    const sealed = await seal(key, answers, place);
    await expect(open(key, alter(sealed), place)).rejects.toBeInstanceOf(TamperedRecordError);
  });

  it('refuses a value moved to another record or field, or opened with another key', async () => {
    const sealed = await seal(key, answers, place);
    await expect(open(key, sealed, recordPlace('dossiers', 'd-2', 'answers'))).rejects.toBeInstanceOf(TamperedRecordError);
    await expect(open(key, sealed, recordPlace('dossiers', 'd-1', 'language'))).rejects.toBeInstanceOf(TamperedRecordError);
    await expect(open(await createSessionKey(), sealed, place)).rejects.toBeInstanceOf(TamperedRecordError);
  });

  it('says where, never what, when it refuses', async () => {
    const sealed = flipped(await seal(key, 'Benali', place), 'ct');
    const error = await open(key, sealed, place).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TamperedRecordError);
    expect((error as TamperedRecordError).place).toBe(place);
    expect((error as Error).message).not.toContain('Benali');
  });

  it('keeps places apart even when an id holds a slash', () => {
    expect(recordPlace('dossiers', 'a/b', 'c')).not.toBe(recordPlace('dossiers', 'a', 'b/c'));
  });

  it('reads an authentic value of another shape as a corrupt record (paths only)', async () => {
    const sealed = await seal(key, { lastName: 42 }, place);
    const error = await openJson(key, sealed, place, answersSchema).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CorruptRecordError);
    expect((error as CorruptRecordError).paths).toEqual(['lastName']);
  });

  it.each([
    ['an IV of the wrong length', { v: 1, iv: new Uint8Array(16), ct: new ArrayBuffer(32) }],
    ['a ciphertext shorter than a tag', { v: 1, iv: new Uint8Array(12), ct: new ArrayBuffer(8) }],
    ['another format version', { v: 2, iv: new Uint8Array(12), ct: new ArrayBuffer(32) }],
    ['the IV as an array of numbers', { v: 1, iv: Array.from({ length: 12 }, () => 0), ct: new ArrayBuffer(32) }],
    ['the ciphertext as a string', { v: 1, iv: new Uint8Array(12), ct: 'x'.repeat(32) }],
  ])('the sealed schema refuses %s', (_, stored) => {
    expect(z.safeParse(sealedRecord, stored).success).toBe(false);
  });
});
