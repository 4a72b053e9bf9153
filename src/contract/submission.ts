import { z } from 'zod/mini';
import { id, instant, sha256Hex } from './common';

/**
 * Upload formats accepted by ANEF are unconfirmed (docs/anef.md): PDF for sure, JPEG/PNG reported.
 * WebP is what some phone cameras give; the server keeps it as filed.
 */
export const documentMime = z.enum(['application/pdf', 'image/jpeg', 'image/png', 'image/webp']);
export type DocumentMime = z.infer<typeof documentMime>;

/** Hard ceiling the contract accepts for one document; the app's own, lower limit is configuration. */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
export const MAX_DOCUMENTS = 40;

export const documentManifestEntry = z.object({
  id,
  /** Document type id from the procedure catalogue, e.g. "passport". */
  type: z.string().check(z.regex(/^[a-z][a-z0-9-]{0,63}$/)),
  mime: documentMime,
  size: z.number().check(z.int(), z.positive(), z.lte(MAX_DOCUMENT_BYTES)),
  sha256: sha256Hex,
});
export type DocumentManifestEntry = z.infer<typeof documentManifestEntry>;

export const answerValue = z.union([z.string().check(z.maxLength(2000)), z.boolean(), z.null()]);
export type AnswerValue = z.infer<typeof answerValue>;

/** Field id → value; field ids are unique within a procedure. */
export const answers = z.record(z.string().check(z.regex(/^[a-zA-Z][a-zA-Z0-9]{0,63}$/)), answerValue);
export type Answers = z.infer<typeof answers>;

const catalogueId = z.string().check(z.regex(/^[a-zA-Z][a-zA-Z0-9-]{0,63}$/));

/**
 * A warning the person (or their mediator) read and filed with: an answer left empty or doubtful,
 * a document missing, a piece of advice (CESEDA R. 431-11: the administration asks for what is
 * missing). Codes and catalogue ids only, never a value typed.
 */
export const filingWarning = z.object({
  kind: z.enum(['field', 'document', 'advice']),
  code: catalogueId,
  field: z.optional(catalogueId),
  document: z.optional(catalogueId),
});
export type FilingWarning = z.infer<typeof filingWarning>;

/**
 * Body of POST /api/v1/submissions. The Idempotency-Key header carries the submission id. No
 * document is a valid filing: nothing but the applicant's identity makes a request impossible, the
 * rest the administration asks for (R. 431-11), and `warnings` says what the person knew was missing.
 */
export const submissionRequest = z.object({
  procedure: z.string().check(z.regex(/^[a-z][a-z0-9-]{0,63}$/)),
  procedureVersion: z.string().check(z.minLength(1), z.maxLength(32)),
  language: z.string().check(z.regex(/^[a-z]{2,3}$/)),
  answers,
  documents: z.array(documentManifestEntry).check(z.maxLength(MAX_DOCUMENTS)),
  warnings: z.optional(z.array(filingWarning).check(z.maxLength(200))),
});
export type SubmissionRequest = z.infer<typeof submissionRequest>;

/**
 * awaiting-documents: created, some declared documents not yet uploaded.
 * filed: completed, the receipt (attestation de dépôt) exists.
 * under-review / decided: set by the prefecture (the reference server's operator tool), only in that
 * order: filed → under-review → decided.
 */
export const submissionState = z.enum(['awaiting-documents', 'filed', 'under-review', 'decided']);
export type SubmissionState = z.infer<typeof submissionState>;

export const submissionDocumentState = z.object({ id, received: z.boolean() });

/** Answer of POST /api/v1/submissions (201 first time, the very same body on replay). */
export const submissionCreated = z.object({
  id,
  state: submissionState,
  createdAt: instant,
  documents: z.array(submissionDocumentState),
});
export type SubmissionCreated = z.infer<typeof submissionCreated>;

/** Answer of PUT /api/v1/submissions/{id}/documents/{docId}. */
export const documentStored = z.object({ id, size: z.number(), sha256: sha256Hex });
export type DocumentStored = z.infer<typeof documentStored>;
