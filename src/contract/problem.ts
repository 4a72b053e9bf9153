import { z } from 'zod/mini';

/**
 * Machine-readable reasons, so the app can say each one in the person's language
 * instead of showing the server's English.
 */
export const problemCode = z.enum([
  'validation',
  'idempotency-conflict',
  'idempotency-key-invalid',
  'digest-mismatch',
  'size-mismatch',
  'unknown-document',
  'documents-missing',
  'not-found',
  'payload-too-large',
  'unsupported-media-type',
  'rate-limited',
  'internal',
  /** Resumable upload: the PATCH's Upload-Offset is not what the server holds (409, with its Upload-Offset). */
  'offset-mismatch',
  /** Resumable upload: the chunk does not match its Upload-Checksum (460); send it again. */
  'checksum-mismatch',
  /** Only from a server started with its test fault switch on: a deliberate 500. */
  'injected-failure',
]);
export type ProblemCode = z.infer<typeof problemCode>;

/** One refused field: `field` is the answer's field id or `documents/<docId>`. */
export const fieldError = z.object({ field: z.string(), code: z.string() });
export type FieldError = z.infer<typeof fieldError>;

/** RFC 9457 problem details, served as application/problem+json. */
export const problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().check(z.int()),
  detail: z.optional(z.string()),
  instance: z.optional(z.string()),
  code: problemCode,
  errors: z.optional(z.array(fieldError)),
});
export type Problem = z.infer<typeof problem>;

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export function problemType(code: ProblemCode): string {
  return `https://relais.invalid/problems/${code}`;
}
