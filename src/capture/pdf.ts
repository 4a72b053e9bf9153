import { sniffDocumentMime } from '@/domain';
import { captureLimits } from './limits';

/** A4 in PDF points (1/72 in): 210 × 297 mm. */
const A4_SHORT_PT = 595.28;
const A4_LONG_PT = 841.89;

/**
 * One page per JPEG, each page the image's own aspect ratio fitted into A4 (portrait or landscape
 * like the image), so a printed page has the real size of the document and no white margins.
 * The JPEG bytes are embedded as they are (DCTDecode): no re-encoding, no loss.
 * pdf-lib (~180 KB gzip) is loaded only when a document is assembled.
 */
export async function assemblePdf(jpegs: readonly ArrayBuffer[]): Promise<ArrayBuffer> {
  if (jpegs.length === 0 || jpegs.length > captureLimits.maxPdfPages) {
    throw new RangeError(`assemblePdf: ${jpegs.length} pages, expected 1 to ${captureLimits.maxPdfPages}`);
  }
  const { PDFDocument } = await import('pdf-lib');
  const pdf = await PDFDocument.create({ updateMetadata: false });
  // No title, author, dates or tool names: the file says nothing about who made it, or when.
  pdf.setProducer('Relais');
  pdf.setCreator('Relais');
  for (const jpeg of jpegs) {
    const image = await pdf.embedJpg(jpeg);
    const portrait = image.height >= image.width;
    const box = portrait ? { width: A4_SHORT_PT, height: A4_LONG_PT } : { width: A4_LONG_PT, height: A4_SHORT_PT };
    const scale = Math.min(box.width / image.width, box.height / image.height);
    const width = image.width * scale;
    const height = image.height * scale;
    pdf.addPage([width, height]).drawImage(image, { x: 0, y: 0, width, height });
  }
  const bytes = await pdf.save();
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

export type PdfInspection =
  | { ok: true; pages: number }
  | { ok: false; reason: 'encrypted' | 'corrupt' }
  /** `pages`: how many the file has, so the person is told. */
  | { ok: false; reason: 'too-many-pages'; pages: number };

/**
 * An imported PDF is kept as it is when it is a real, unencrypted PDF of at most
 * `captureLimits.maxPdfPages` pages (its byte size is the caller's check, against
 * `captureLimits.maxDocumentBytes`). ANEF cannot open a password-protected file, and an
 * encrypted file cannot be checked either.
 */
export async function inspectPdf(bytes: ArrayBuffer): Promise<PdfInspection> {
  if (sniffDocumentMime(new Uint8Array(bytes, 0, Math.min(8, bytes.byteLength))) !== 'application/pdf') {
    return { ok: false, reason: 'corrupt' };
  }
  // Before parsing: pdf-lib only reports encryption when the /Encrypt dictionary itself resolves,
  // and an encrypted file with compressed object streams may not parse at all.
  if (declaresEncryption(bytes)) return { ok: false, reason: 'encrypted' };
  const { PDFDocument, EncryptedPDFError } = await import('pdf-lib');
  let pages: number;
  try {
    const pdf = await PDFDocument.load(new Uint8Array(bytes), { updateMetadata: false });
    pages = pdf.getPageCount();
  } catch (error: unknown) {
    return { ok: false, reason: error instanceof EncryptedPDFError ? 'encrypted' : 'corrupt' };
  }
  if (pages === 0) return { ok: false, reason: 'corrupt' };
  if (pages > captureLimits.maxPdfPages) return { ok: false, reason: 'too-many-pages', pages };
  return { ok: true, pages };
}

/**
 * The /Encrypt key of a trailer or cross-reference stream dictionary (ISO 32000-1 §7.5.5, §7.6.1),
 * whose value is an indirect reference or a dictionary. Page text is inside content streams
 * (compressed, or in parentheses), so this pattern does not match it.
 */
function declaresEncryption(bytes: ArrayBuffer): boolean {
  return /\/Encrypt\s*(?:\d+\s+\d+\s+R|<<)/.test(new TextDecoder('latin1').decode(bytes));
}
