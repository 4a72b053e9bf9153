import type { FastifyError, FastifyInstance } from 'fastify';
import type { Problem } from '@/contract';
import { problemBody, ProblemError, sendProblem } from './problem';

/**
 * Every refusal, ours or Fastify's, leaves as problem+json so the client has one error shape to parse.
 * Details are fixed sentences: Fastify/Node messages can quote the request body (JSON.parse does),
 * and the body is personal data.
 */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | ProblemError, request, reply) => {
    const problem = toProblem(error);
    if (problem.status >= 500) request.log.error({ err: error }, 'request failed');
    if (error instanceof ProblemError && error.headers !== undefined) reply.headers(error.headers);
    return sendProblem(reply, problem);
  });
  app.setNotFoundHandler((_request, reply) => sendProblem(reply, problemBody(404, 'not-found')));
}

function toProblem(error: FastifyError | ProblemError): Problem {
  if (error instanceof ProblemError) return problemBody(error.status, error.code, error.detail, error.errors);
  const status = 'statusCode' in error && typeof error.statusCode === 'number' ? error.statusCode : 500;
  if (status === 413) return problemBody(413, 'payload-too-large');
  if (status === 415) return problemBody(415, 'unsupported-media-type', 'Send JSON to JSON routes and raw bytes to document uploads');
  if (status === 404) return problemBody(404, 'not-found');
  if (status === 429) return problemBody(429, 'rate-limited');
  if (status >= 400 && status < 500) return problemBody(status, 'validation', clientErrorDetail(error.code));
  return problemBody(500, 'internal');
}

function clientErrorDetail(code: string | undefined): string {
  switch (code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return 'The body is not valid JSON';
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return 'The body is empty';
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return 'Content-Length does not match the body';
    default:
      return 'The request could not be read';
  }
}
