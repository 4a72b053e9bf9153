import { captureLimits, CaptureError, inspectPdf, processImage, type CapturedPage, type CaptureMode } from '@/capture';
import { sniffDocumentMime } from '@/domain';

export type IntakeRefusal =
  | 'empty'
  | 'too-large'
  | 'heic'
  | 'not-a-document'
  | 'undecodable'
  | 'encrypted'
  | 'corrupt-pdf'
  | 'too-many-pages'
  | 'cancelled'
  | 'unreadable';

export type Intake =
  | { kind: 'page'; page: CapturedPage }
  | { kind: 'pdf'; bytes: ArrayBuffer; large: boolean }
  /** `pages`: what was found, when it is why (a PDF of 42 pages). */
  | { kind: 'refused'; reason: IntakeRefusal; pages?: number };

/**
 * What a picked file becomes. A PDF is checked (real, not password-protected, not too many pages)
 * and kept as it is; a photo becomes a clean page (straightened, reduced, without metadata) to join
 * the document's other pages. The bytes decide what a file is, never its name.
 */
export async function intakeFile(
  file: Blob,
  options: { signal: AbortSignal; mode: CaptureMode; onPdf?: () => void },
): Promise<Intake> {
  try {
    if (file.size === 0) return { kind: 'refused', reason: 'empty' };
    const head = new Uint8Array(await file.slice(0, 16).arrayBuffer());
    if (sniffDocumentMime(head) === 'application/pdf') {
      if (file.size > captureLimits.maxDocumentBytes) return { kind: 'refused', reason: 'too-large' };
      options.onPdf?.();
      const bytes = await file.arrayBuffer();
      const inspection = await inspectPdf(bytes);
      if (!inspection.ok) {
        if (inspection.reason === 'too-many-pages') return { kind: 'refused', reason: 'too-many-pages', pages: inspection.pages };
        return { kind: 'refused', reason: inspection.reason === 'corrupt' ? 'corrupt-pdf' : inspection.reason };
      }
      return { kind: 'pdf', bytes, large: bytes.byteLength > captureLimits.advisedDocumentBytes };
    }
    return { kind: 'page', page: await processImage(file, options) };
  } catch (error) {
    if (error instanceof CaptureError) {
      return { kind: 'refused', reason: error.reason === 'not-an-image' ? 'not-a-document' : error.reason };
    }
    return { kind: 'refused', reason: 'unreadable' };
  }
}
