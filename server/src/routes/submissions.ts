import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { apiPaths, canonicalJson, submissionRequest } from '@/contract';
import type { DocumentManifestEntry, FieldError, SubmissionCreated } from '@/contract';
import type { ServerContext } from '../context';
import { parseId } from '../ids';
import { ProblemError } from '../problem';

const JSON_TYPE = 'application/json; charset=utf-8';

export function registerSubmissions(app: FastifyInstance, ctx: ServerContext): void {
  app.post(apiPaths.submissions, async (request, reply) => {
    const key = parseId(unquote(request.headers['idempotency-key']));
    if (key === null) throw new ProblemError(400, 'idempotency-key-invalid');

    const parsed = submissionRequest.safeParse(request.body);
    if (!parsed.success) throw new ProblemError(422, 'validation', undefined, toFieldErrors(parsed.error.issues));
    const duplicates = duplicateDocumentIds(parsed.data.documents);
    if (duplicates.length > 0) throw new ProblemError(422, 'validation', 'Document ids must be unique', duplicates);

    // Hash the validated body, not the raw one: unknown keys are dropped by the schema, so what is
    // hashed is exactly what is stored and what the receipt's digest vouches for.
    const bodyJson = canonicalJson(parsed.data);
    const bodyHash = createHash('sha256').update(bodyJson, 'utf8').digest('hex');
    const created: SubmissionCreated = {
      id: key,
      state: 'awaiting-documents',
      createdAt: ctx.now().toISOString(),
      documents: parsed.data.documents.map((doc) => ({ id: doc.id, received: false })),
    };
    const responseJson = JSON.stringify(created);
    const existing = ctx.store.create({
      id: key,
      bodyHash,
      bodyJson,
      responseJson,
      procedure: parsed.data.procedure,
      createdAt: created.createdAt,
      documents: parsed.data.documents,
    });
    reply.code(201).type(JSON_TYPE).header('Location', apiPaths.submission(key));
    if (existing === null) return reply.send(responseJson);

    if (existing.body_hash !== bodyHash) {
      throw new ProblemError(422, 'idempotency-conflict', 'This Idempotency-Key was already used with another body');
    }
    // The replay is the first answer, except that `received` is read now: a client resuming after a
    // crash learns from it which documents still need uploading.
    const replay = JSON.parse(existing.response_json) as SubmissionCreated;
    replay.documents = ctx.store.documents(key).map((doc) => ({ id: doc.doc_id, received: doc.received_at !== null }));
    return reply.header('Idempotent-Replayed', 'true').send(JSON.stringify(replay));
  });
}

/**
 * The IETF Idempotency-Key draft makes the value a structured-field string (`"…"`); clients that send
 * the bare UUID are just as common, so both name the same submission.
 */
function unquote(value: string | string[] | undefined): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"') ? trimmed.slice(1, -1) : trimmed;
}

interface IssueLike {
  readonly path: readonly PropertyKey[];
  readonly code: string;
}

/** zod issues → `{field, code}` with the path joined by '/', e.g. `documents/0/sha256`. */
export function toFieldErrors(issues: readonly IssueLike[]): FieldError[] {
  const seen = new Set<string>();
  const errors: FieldError[] = [];
  for (const issue of issues) {
    const field = issue.path.map((part) => String(part)).join('/');
    const signature = `${field}\u0000${issue.code}`;
    if (seen.has(signature)) continue;
    seen.add(signature);
    errors.push({ field, code: issue.code });
  }
  return errors;
}

/** The schema cannot say "unique"; two entries with one id would make the upload URL ambiguous. */
function duplicateDocumentIds(documents: readonly DocumentManifestEntry[]): FieldError[] {
  const seen = new Set<string>();
  const errors: FieldError[] = [];
  documents.forEach((doc, index) => {
    if (seen.has(doc.id)) errors.push({ field: `documents/${index}/id`, code: 'duplicate' });
    seen.add(doc.id);
  });
  return errors;
}
