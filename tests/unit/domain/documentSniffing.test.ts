import { describe, expect, it } from 'vitest';
import { looksLikeHeic, sniffDocumentMime } from '@/domain';

const bytes = (...values: number[]) => new Uint8Array(values);
const ascii = (text: string) => new TextEncoder().encode(text);

describe('document sniffing: the bytes decide, never the name', () => {
  it.each([
    ['PDF', ascii('%PDF-1.7\n'), 'application/pdf'],
    ['JPEG', bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10), 'image/jpeg'],
    ['PNG', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a), 'image/png'],
    ['WebP', ascii('RIFF\u0000\u0000\u0000\u0000WEBPVP8 '), 'image/webp'],
    ['text renamed .jpg', ascii('hello, this is text'), null],
    ['Windows executable renamed .jpg', ascii('MZ\u0090\u0000'), null],
  ])('%s', (_name, head, expected) => {
    expect(sniffDocumentMime(head)).toBe(expected);
  });

  it('recognises HEIC (iPhone photos), to say how to use the camera instead', () => {
    expect(looksLikeHeic(ascii('\u0000\u0000\u0000\u0018ftypheic'))).toBe(true);
    expect(looksLikeHeic(ascii('%PDF-1.4 and more'))).toBe(false);
  });
});
