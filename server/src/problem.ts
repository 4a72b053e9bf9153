import type { FastifyReply } from 'fastify';
import { PROBLEM_CONTENT_TYPE, problemType } from '@/contract';
import type { FieldError, Problem, ProblemCode } from '@/contract';

/** Plain-English titles; the app shows its own translated text from `code`, these are for humans reading logs. */
const TITLES: Record<ProblemCode, string> = {
  validation: 'The request is not valid',
  'idempotency-conflict': 'This submission id was already used with a different body',
  'idempotency-key-invalid': 'The Idempotency-Key header is missing or is not a UUID',
  'digest-mismatch': 'The document does not match its digest',
  'size-mismatch': 'The document size does not match the manifest',
  'unknown-document': 'This document is not in the submission manifest',
  'documents-missing': 'Some documents have not been uploaded yet',
  'not-found': 'Not found',
  'payload-too-large': 'The request body is too large',
  'unsupported-media-type': 'The content type is not supported',
  'rate-limited': 'Too many requests',
  internal: 'Internal server error',
  'offset-mismatch': 'Upload-Offset differs from the bytes the server holds',
  'checksum-mismatch': 'The chunk does not match its Upload-Checksum',
  'injected-failure': 'Failure injected by the test fault switch',
};

/**
 * Thrown by route handlers and turned into problem+json by the error handler, so that every refusal
 * takes the same path (headers, logging) whatever route it comes from.
 */
export class ProblemError extends Error {
  constructor(
    readonly status: number,
    readonly code: ProblemCode,
    readonly detail?: string,
    readonly errors?: FieldError[],
    /** Headers the refusal needs, e.g. the server's Upload-Offset on an offset-mismatch. */
    readonly headers?: Readonly<Record<string, string>>,
  ) {
    super(detail ?? TITLES[code]);
    this.name = 'ProblemError';
  }
}

export function problemBody(status: number, code: ProblemCode, detail?: string, errors?: FieldError[]): Problem {
  const body: Problem = { type: problemType(code), title: TITLES[code], status, code };
  if (detail !== undefined) body.detail = detail;
  if (errors !== undefined && errors.length > 0) body.errors = errors;
  return body;
}

export function sendProblem(reply: FastifyReply, problem: Problem): FastifyReply {
  return reply.code(problem.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
}
