import { MAX_DOCUMENT_BYTES } from '@/contract';

/**
 * Every size the capture core enforces, in one place so that the UI can quote the same figures.
 * Read-only at run time; tests and the bench read them too.
 */
export const captureLimits = {
  /** A phone photo is 2–8 MB; above 30 MB it is not a photo of a page (a 60 MB file is refused
   * from its size alone, before any byte is decoded). */
  maxInputBytes: 30 * 1024 * 1024,
  /** A4 long side (297 mm) at 200 dpi: 297 / 25.4 × 200 ≈ 2339 px. Body text stays legible. */
  targetLongSidePx: 2339,
  /** Chosen with `npm run bench:capture` (a noisy 12 MP phone photo of a text page): 0.6 gives
   * ~350 KB per page and text as legible as at 0.72 (~440 KB); a five-page PDF stays under 2 MB. */
  jpegQuality: 0.6,
  /** A real document has a few pages; 20 leaves room for a full tax notice. */
  maxPdfPages: 20,
  /** What ANEF is comfortable with (and a 2G upload in reasonable time): one PDF ≤ 2 MB. */
  advisedDocumentBytes: 2 * 1024 * 1024,
  /** Hard ceiling, the same as the contract's: above it a document is refused before saving. */
  maxDocumentBytes: MAX_DOCUMENT_BYTES,
} as const satisfies {
  maxInputBytes: number;
  targetLongSidePx: number;
  jpegQuality: number;
  maxPdfPages: number;
  advisedDocumentBytes: number;
  maxDocumentBytes: number;
};
