import { describe, expect, it } from 'vitest';
import { checkDocumentFile, sniffDocumentMime } from '@/domain';

const bytes = (...values: number[]) => new Uint8Array(values);
const ascii = (text: string) => new TextEncoder().encode(text);
const limits = { maxBytes: 10 * 1024 * 1024 };

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

  it('refuses empty, too large, non-documents and says HEIC specifically', () => {
    expect(checkDocumentFile(ascii('%PDF-'), 0, limits)).toEqual({ ok: false, reason: 'empty' });
    expect(checkDocumentFile(ascii('%PDF-'), limits.maxBytes + 1, limits)).toEqual({ ok: false, reason: 'too-large' });
    expect(checkDocumentFile(ascii('plain text'), 10, limits)).toEqual({ ok: false, reason: 'not-a-document' });
    expect(checkDocumentFile(ascii('\u0000\u0000\u0000\u0018ftypheic'), 10, limits)).toEqual({ ok: false, reason: 'heic' });
    expect(checkDocumentFile(ascii('%PDF-1.4'), 10, limits)).toEqual({ ok: true, mime: 'application/pdf' });
  });
});
