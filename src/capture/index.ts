/**
 * The document-capture core: what the screens call to turn a photo or a file into something
 * fit to file. See ./README.md for the rules of this folder.
 */
import { headOf, photoToPage, type PhotoOptions } from './photo';
import type { CapturedPage } from './types';

export { CaptureError, type CaptureRefusal } from './errors';
export { intakeFile, type Intake, type IntakeRefusal } from './intake';
export { captureLimits } from './limits';
export { assemblePdf, inspectPdf, type PdfInspection } from './pdf';
export type { CapturedPage, CaptureMode, PageQuality, QualityWarning } from './types';

/**
 * Decodes (orientation from EXIF applied), crops to the sheet when it lies on a darker background,
 * downscales, re-encodes to JPEG (so no metadata survives), measures quality — in the worker. In
 * 'scan' mode the page then becomes black ink on white (quality is still measured on the photo).
 * One job at a time: a second call waits; abort via signal rejects with CaptureError('cancelled').
 * A file that may be a PDF goes through `intakeFile` instead.
 */
export async function processImage(file: Blob, options: PhotoOptions = {}): Promise<CapturedPage> {
  return photoToPage(file, await headOf(file), options);
}
