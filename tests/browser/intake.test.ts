import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { intakeFile } from '@/capture';
import { textPagePhoto } from './fixtures';

const options = () => ({ signal: new AbortController().signal, mode: 'photo' as const });

/** A picked file, decided once from its first bytes: a page, a PDF kept as it is, or a refusal. */
describe('intakeFile', () => {
  it('a photo becomes a page; a PDF is kept byte for byte and said to be one before it is read', async () => {
    const photo = await intakeFile(await textPagePhoto({ width: 800, height: 600 }), options());
    expect(photo.kind).toBe('page');

    const pdf = await PDFDocument.create();
    pdf.addPage();
    const bytes = await pdf.save();
    let toldPdf = false;
    const kept = await intakeFile(new Blob([bytes.slice()], { type: 'image/jpeg' }), { ...options(), onPdf: () => (toldPdf = true) });
    expect(kept.kind).toBe('pdf');
    expect(toldPdf).toBe(true);
    if (kept.kind === 'pdf') expect(new Uint8Array(kept.bytes)).toEqual(bytes);
  });

  it('refusals carry their reason, and a PDF with too many pages its page count', async () => {
    const many = await PDFDocument.create();
    for (let i = 0; i < 42; i++) many.addPage();
    expect(await intakeFile(new Blob([(await many.save()).slice()]), options())).toEqual({ kind: 'refused', reason: 'too-many-pages', pages: 42 });
    expect(await intakeFile(new Blob([]), options())).toEqual({ kind: 'refused', reason: 'empty' });
    expect(await intakeFile(new Blob(['a text file named .pdf']), options())).toEqual({ kind: 'refused', reason: 'not-a-document' });
    const heic = new Uint8Array([0, 0, 0, 0x18, ...new TextEncoder().encode('ftypheic'), ...new Uint8Array(32)]);
    expect(await intakeFile(new Blob([heic]), options())).toEqual({ kind: 'refused', reason: 'heic' });
    expect(await intakeFile(new Blob(['%PDF-1.4\ngarbage']), options())).toEqual({ kind: 'refused', reason: 'corrupt-pdf' });
  });
});
