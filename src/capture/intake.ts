import { sniffDocumentMime } from '@/domain';
import { CaptureError } from './errors';
import { captureLimits } from './limits';
import { inspectPdf } from './pdf';
import { headOf, photoToPage } from './photo';
import type { CapturedPage, CaptureMode } from './types';

/** Why a picked file cannot join the dossier; the screens own the words for each. */
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
 * What a picked file becomes, decided once from its first bytes. A PDF is checked (real, not
 * password-protected, not too many pages) and kept as it is; a photo becomes a clean page
 * (straightened, reduced, without metadata) to join the document's other pages; anything else is
 * refused with its reason. Never throws.
 */
export async function intakeFile(file: Blob, options: { signal: AbortSignal; mode: CaptureMode; onPdf?: () => void }): Promise<Intake> {
  try {
    if (file.size === 0) return { kind: 'refused', reason: 'empty' };
    const head = await headOf(file);
    if (sniffDocumentMime(head) === 'application/pdf') return await pdfIntake(file, options.onPdf);
    return { kind: 'page', page: await photoToPage(file, head, options) };
  } catch (error) {
    if (error instanceof CaptureError) {
      return { kind: 'refused', reason: error.reason === 'not-an-image' ? 'not-a-document' : error.reason };
    }
    return { kind: 'refused', reason: 'unreadable' };
  }
}

async function pdfIntake(file: Blob, onPdf: (() => void) | undefined): Promise<Intake> {
  if (file.size > captureLimits.maxDocumentBytes) return { kind: 'refused', reason: 'too-large' };
  onPdf?.();
  const bytes = await file.arrayBuffer();
  const inspection = await inspectPdf(bytes);
  if (inspection.ok) return { kind: 'pdf', bytes, large: bytes.byteLength > captureLimits.advisedDocumentBytes };
  if (inspection.reason === 'too-many-pages') return { kind: 'refused', reason: 'too-many-pages', pages: inspection.pages };
  return { kind: 'refused', reason: inspection.reason === 'corrupt' ? 'corrupt-pdf' : inspection.reason };
}
