import { toJSONSchema } from 'zod/mini';
import type { $ZodType } from 'zod/v4/core';
import {
  apiPaths,
  CHECKSUM_MISMATCH_STATUS,
  CONTENT_DIGEST_HEADER,
  documentStored,
  health,
  IDEMPOTENCY_KEY_HEADER,
  MAX_DOCUMENT_BYTES,
  OFFSET_OCTET_STREAM,
  PROBLEM_CONTENT_TYPE,
  problem,
  publicKeySet,
  receipt,
  submissionCreated,
  submissionRequest,
  submissionStatus,
  UPLOAD_CHECKSUM_HEADER,
  UPLOAD_LENGTH_HEADER,
  UPLOAD_OFFSET_HEADER,
} from '@/contract';

type Json = Record<string, unknown>;

/** JSON Schema of a contract schema, without `$schema` (OpenAPI 3.1 sets the dialect once). */
function schemaOf(schema: $ZodType, io: 'input' | 'output'): Json {
  const { $schema: _dialect, ...rest } = toJSONSchema(schema, { io }) as Json;
  return rest;
}

const ref = (name: string): Json => ({ $ref: `#/components/schemas/${name}` });
const json = (name: string): Json => ({ 'application/json': { schema: ref(name) } });
const problemResponse = (description: string): Json => ({ description, content: { [PROBLEM_CONTENT_TYPE]: { schema: ref('Problem') } } });
const offsetHeader = (description: string): Json => ({ description, schema: { type: 'integer', minimum: 0 } });
const headerParam = (name: string, required: boolean, description: string, schema: Json): Json => ({ name, in: 'header', required, description, schema });
const idParam = (name: string, description: string): Json => ({
  name,
  in: 'path',
  required: true,
  description,
  schema: { type: 'string', format: 'uuid' },
});

/**
 * The OpenAPI 3.1 description of contract v1, built from the same zod schemas the app and server parse
 * with, so the document cannot drift from the code. Built in a fixed order: the committed
 * docs/openapi.json is compared with it by a unit test.
 */
export function buildOpenApiDocument(): Json {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Relais national API',
      version: 'v1',
      description:
        'Open filing contract for residence-permit renewals. Errors are RFC 9457 problem details. ' +
        'Every answer carries Cache-Control: no-store. Retry network errors, 408, 429 and 5xx (honour Retry-After); never retry other 4xx. ' +
        'Receipts and attestations are signed (ECDSA P-256, SHA-256, IEEE P1363 r||s in base64url) over the canonical JSON ' +
        '(keys sorted, no whitespace) of every field but `signature`; the keys are at GET /api/v1/keys.',
    },
    paths: {
      [apiPaths.health]: {
        get: {
          operationId: 'getHealth',
          summary: 'Liveness and contract version',
          responses: { '200': { description: 'The server is up', content: json('Health') } },
        },
      },
      [apiPaths.keys]: {
        get: {
          operationId: 'getKeys',
          summary: 'Public keys that sign receipts and attestations (JWK, EC P-256)',
          description: '`kid` is the first 16 hex characters of the SHA-256 of the canonical JSON of {crv, kty, x, y}.',
          responses: { '200': { description: 'The key set', content: json('PublicKeySet') } },
        },
      },
      [apiPaths.submissions]: {
        post: {
          operationId: 'createSubmission',
          summary: 'Create a submission (answers and document manifest)',
          description:
            'Idempotent by key: the same key with the same body (compared as canonical JSON, keys sorted) returns the same 201 answer ' +
            'with Idempotent-Replayed: true and the current `received` flags; the same key with another body is refused with idempotency-conflict.',
          parameters: [
            {
              name: IDEMPOTENCY_KEY_HEADER,
              in: 'header',
              required: true,
              description: 'The submission id, a UUID made on the device.',
              schema: { type: 'string', format: 'uuid' },
            },
          ],
          requestBody: { required: true, content: json('SubmissionRequest') },
          responses: {
            '201': {
              description: 'Created, or the replay of the first answer',
              headers: {
                Location: { description: 'URL of the submission', schema: { type: 'string' } },
                'Idempotent-Replayed': { description: 'Present (true) when this answer is a replay', schema: { type: 'string', enum: ['true'] } },
              },
              content: json('SubmissionCreated'),
            },
            '400': problemResponse('idempotency-key-invalid, or a body that is not JSON (validation)'),
            '413': problemResponse('payload-too-large'),
            '415': problemResponse('unsupported-media-type'),
            '422': problemResponse('validation (with field errors) or idempotency-conflict'),
          },
        },
      },
      [apiPaths.submission('{id}')]: {
        get: {
          operationId: 'getSubmission',
          summary: 'Status of a submission: receipt, review progress and attestations de prolongation d’instruction',
          parameters: [idParam('id', 'Submission id')],
          responses: {
            '200': { description: 'Current status', content: json('SubmissionStatus') },
            '404': problemResponse('not-found'),
          },
        },
      },
      [apiPaths.document('{id}', '{docId}')]: {
        put: {
          operationId: 'putDocument',
          summary: 'Upload one document of the manifest (raw bytes)',
          description: `Idempotent: the same bytes again answer 200. At most ${MAX_DOCUMENT_BYTES} bytes. The first bytes must match the manifest's mime type.`,
          parameters: [
            idParam('id', 'Submission id'),
            idParam('docId', 'Document id from the manifest'),
            {
              name: CONTENT_DIGEST_HEADER,
              in: 'header',
              required: true,
              description: 'RFC 9530 digest of the body: `sha-256=:<base64>:`; must equal the manifest sha256.',
              schema: { type: 'string', pattern: '^sha-256=:[A-Za-z0-9+/]+={0,2}:$' },
            },
          ],
          requestBody: {
            required: true,
            content: {
              'application/octet-stream': {},
              'application/pdf': {},
              'image/jpeg': {},
              'image/png': {},
              'image/webp': {},
            },
          },
          responses: {
            '200': { description: 'Stored (or already stored)', content: json('DocumentStored') },
            '400': problemResponse('digest-mismatch: Content-Digest missing or malformed'),
            '404': problemResponse('not-found (submission) or unknown-document'),
            '413': problemResponse('payload-too-large'),
            '415': problemResponse('unsupported-media-type (content type)'),
            '422': problemResponse('digest-mismatch, size-mismatch, or unsupported-media-type (bytes do not match the mime type)'),
          },
        },
        head: {
          operationId: 'getUploadOffset',
          summary: 'Resumable upload: how many bytes of the document the server holds',
          parameters: [idParam('id', 'Submission id'), idParam('docId', 'Document id from the manifest')],
          responses: {
            '204': {
              description: 'No body. A received document answers offset = length.',
              headers: {
                [UPLOAD_OFFSET_HEADER]: offsetHeader('Bytes the server holds'),
                [UPLOAD_LENGTH_HEADER]: offsetHeader('The manifest size'),
              },
            },
            '404': { description: 'not-found (submission) or unknown-document (no body: HEAD)' },
          },
        },
        patch: {
          operationId: 'patchDocument',
          summary: 'Resumable upload: append the next chunk (tus-style offset and checksum)',
          description:
            'Each whole chunk is written and fsynced before its offset is recorded; a body cut mid-way is discarded. ' +
            'When the offset reaches the length, the whole file is checked against the manifest sha256 and mime type: on failure ' +
            'the server discards it (offset 0) and answers 422. A PATCH at offset = length of a received document answers 204 again.',
          parameters: [
            idParam('id', 'Submission id'),
            idParam('docId', 'Document id from the manifest'),
            headerParam(UPLOAD_OFFSET_HEADER, true, 'Where this chunk starts; must equal what the server holds', { type: 'integer', minimum: 0 }),
            headerParam(UPLOAD_CHECKSUM_HEADER, false, 'tus checksum extension: `sha256 <base64 of the chunk SHA-256>`', {
              type: 'string',
              pattern: '^sha256 [A-Za-z0-9+/]+={0,2}$',
            }),
          ],
          requestBody: { required: true, content: { [OFFSET_OCTET_STREAM]: {} } },
          responses: {
            '204': { description: 'Chunk stored', headers: { [UPLOAD_OFFSET_HEADER]: offsetHeader('The new offset') } },
            '400': problemResponse('validation: Upload-Offset or Upload-Checksum missing or malformed'),
            '404': problemResponse('not-found (submission) or unknown-document'),
            '409': {
              description: 'offset-mismatch; the Upload-Offset header gives the offset the server holds',
              headers: { [UPLOAD_OFFSET_HEADER]: offsetHeader('Bytes the server holds') },
              content: { [PROBLEM_CONTENT_TYPE]: { schema: ref('Problem') } },
            },
            '413': problemResponse('payload-too-large'),
            '415': problemResponse(`unsupported-media-type: the content type must be ${OFFSET_OCTET_STREAM}`),
            '422': problemResponse('size-mismatch (past Upload-Length); digest-mismatch or unsupported-media-type on the completed file (offset back to 0)'),
            [String(CHECKSUM_MISMATCH_STATUS)]: problemResponse('checksum-mismatch: the chunk was discarded, the offset is unchanged'),
          },
        },
      },
      [apiPaths.complete('{id}')]: {
        post: {
          operationId: 'completeSubmission',
          summary: 'File the submission and get the receipt (attestation de dépôt)',
          description: 'No body (or `{}`). Idempotent: later calls return the same receipt, signed by the server.',
          parameters: [idParam('id', 'Submission id')],
          responses: {
            '200': { description: 'The receipt', content: json('Receipt') },
            '404': problemResponse('not-found'),
            '409': problemResponse('documents-missing, with errors [{field: "documents/<docId>", code: "missing"}]'),
          },
        },
      },
    },
    components: {
      schemas: {
        SubmissionRequest: schemaOf(submissionRequest, 'input'),
        SubmissionCreated: schemaOf(submissionCreated, 'output'),
        DocumentStored: schemaOf(documentStored, 'output'),
        Receipt: schemaOf(receipt, 'output'),
        SubmissionStatus: schemaOf(submissionStatus, 'output'),
        Health: schemaOf(health, 'output'),
        PublicKeySet: schemaOf(publicKeySet, 'output'),
        Problem: schemaOf(problem, 'output'),
      },
    },
  };
}

/** The exact text of docs/openapi.json. */
export function renderOpenApiDocument(): string {
  return `${JSON.stringify(buildOpenApiDocument(), null, 2)}\n`;
}
