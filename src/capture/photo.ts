import { looksLikeHeic, sniffDocumentMime } from '@/domain';
import { runCaptureJob } from './bridge';
import { CaptureError } from './errors';
import { captureLimits } from './limits';
import type { CapturedPage, CaptureMode } from './types';

export type PhotoOptions = { signal?: AbortSignal | undefined; mode?: CaptureMode | undefined };

/** The first bytes of a file: what decides what it is (never its name or the browser's guess). */
export async function headOf(file: Blob): Promise<Uint8Array> {
  return new Uint8Array(await file.slice(0, 16).arrayBuffer());
}

/**
 * A photo whose first bytes were read already, to a page. Refusals that need no decoding are decided
 * here, from the size and those bytes, without starting the worker; then the worker decodes,
 * crops, downscales and re-encodes (./pipeline.ts).
 */
export async function photoToPage(file: Blob, head: Uint8Array, options: PhotoOptions): Promise<CapturedPage> {
  if (options.signal?.aborted) throw new CaptureError('cancelled');
  if (file.size === 0) throw new CaptureError('empty');
  if (file.size > captureLimits.maxInputBytes) throw new CaptureError('too-large', `${file.size} bytes`);
  const mime = sniffDocumentMime(head);
  if (mime === null) throw new CaptureError(looksLikeHeic(head) ? 'heic' : 'not-an-image');
  // A PDF is a document, not a photo: ./intake.ts routes it to inspectPdf.
  if (mime === 'application/pdf') throw new CaptureError('not-an-image', 'a PDF');
  return runCaptureJob(
    { file, mode: options.mode ?? 'photo', targetLongSidePx: captureLimits.targetLongSidePx, jpegQuality: captureLimits.jpegQuality },
    options.signal,
  );
}
