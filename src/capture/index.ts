/**
 * The document-capture core: what the screens call to turn a photo or a file into something
 * fit to file. See ./README.md for the rules of this folder.
 */
import { looksLikeHeic, sniffDocumentMime } from '@/domain';
import { runCaptureJob } from './bridge';
import { CaptureError } from './errors';
import { captureLimits } from './limits';
import type { CapturedPage, CaptureMode } from './types';

export { CaptureError, type CaptureRefusal } from './errors';
export { captureLimits } from './limits';
export { assemblePdf, inspectPdf, type PdfInspection } from './pdf';
export type { CapturedPage, CaptureMode, PageQuality, QualityWarning } from './types';

/**
 * Decodes (orientation from EXIF applied), crops to the sheet when it lies on a darker background,
 * downscales, re-encodes to JPEG (so no metadata survives), measures quality — in the worker. In
 * 'scan' mode the page then becomes black ink on white (quality is still measured on the photo).
 * One job at a time: a second call waits; abort via signal rejects with CaptureError('cancelled').
 *
 * Refusals that need no decoding are decided here, from the size and the first bytes (never the
 * name or the type the browser guessed), without starting the worker.
 */
export async function processImage(
  file: Blob,
  options: { signal?: AbortSignal; mode?: CaptureMode } = {},
): Promise<CapturedPage> {
  if (options.signal?.aborted) throw new CaptureError('cancelled');
  if (file.size === 0) throw new CaptureError('empty');
  if (file.size > captureLimits.maxInputBytes) throw new CaptureError('too-large', `${file.size} bytes`);
  const head = new Uint8Array(await file.slice(0, 16).arrayBuffer());
  const mime = sniffDocumentMime(head);
  if (mime === null) throw new CaptureError(looksLikeHeic(head) ? 'heic' : 'not-an-image');
  // A PDF is a document, not a photo: the screens route it to inspectPdf.
  if (mime === 'application/pdf') throw new CaptureError('not-an-image', 'a PDF');
  return runCaptureJob(
    {
      file,
      mode: options.mode ?? 'photo',
      targetLongSidePx: captureLimits.targetLongSidePx,
      jpegQuality: captureLimits.jpegQuality,
    },
    options.signal,
  );
}
