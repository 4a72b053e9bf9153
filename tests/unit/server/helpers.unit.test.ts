// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '@/contract';
import { bytesMatchMime } from '../../../server/src/mediaSniff';
import { makeReceiptNumber } from '../../../server/src/receiptNumber';

describe('canonicalJson', () => {
  it('sorts keys recursively, keeps array order, drops undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: null, y: true }], c: 'é"' }, u: undefined })).toBe(
      '{"a":{"c":"é\\"","d":[3,{"y":true,"z":null}]},"b":1}',
    );
  });

  it('gives the same text whatever the key order', () => {
    expect(canonicalJson({ x: 1, y: { p: 1, q: 2 } })).toBe(canonicalJson({ y: { q: 2, p: 1 }, x: 1 }));
  });
});

describe('makeReceiptNumber', () => {
  it('is dated in UTC and uses no ambiguous characters', () => {
    const numbers = Array.from({ length: 200 }, () => makeReceiptNumber(new Date('2026-11-26T23:30:00Z')));
    for (const n of numbers) expect(n).toMatch(/^RLS-20261126-[2-9A-HJKMNP-Z]{6}$/);
    expect(new Set(numbers).size).toBe(numbers.length);
  });
});

describe('bytesMatchMime', () => {
  it('recognises each accepted format by its first bytes', () => {
    expect(bytesMatchMime(Buffer.from('%PDF-1.4'), 'application/pdf')).toBe(true);
    expect(bytesMatchMime(Buffer.from([0xff, 0xd8, 0xff, 0xe0]), 'image/jpeg')).toBe(true);
    expect(bytesMatchMime(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]), 'image/png')).toBe(true);
    expect(bytesMatchMime(Buffer.from('RIFF\x10\x00\x00\x00WEBPVP8 ', 'latin1'), 'image/webp')).toBe(true);
  });

  it('refuses mislabelled or truncated content', () => {
    expect(bytesMatchMime(Buffer.from('%PDF-1.4'), 'image/png')).toBe(false);
    expect(bytesMatchMime(Buffer.from('RIFF\x10\x00\x00\x00WAVE', 'latin1'), 'image/webp')).toBe(false);
    expect(bytesMatchMime(Buffer.from([0xff, 0xd8]), 'image/jpeg')).toBe(false);
  });
});
