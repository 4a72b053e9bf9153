import type { FastifyInstance, FastifyRequest } from 'fastify';
import {
  apiPaths,
  OFFSET_OCTET_STREAM,
  parseUploadChecksum,
  parseUploadOffset,
  UPLOAD_CHECKSUM_HEADER,
  UPLOAD_LENGTH_HEADER,
  UPLOAD_OFFSET_HEADER,
} from '@/contract';
import type { ServerContext } from '../context';
import { parseId } from '../ids';
import { ProblemError } from '../problem';
import type { DocumentRow } from '../submissionStore';

type DocumentRequest = FastifyRequest<{ Params: { id: string; docId: string } }>;

/**
 * HEAD and PATCH of the document path: the resumable upload (src/contract/upload.ts). Registered
 * inside the documents plugin, whose parsers hand the chunk over as a Buffer.
 */
export function registerResumable(app: FastifyInstance, ctx: ServerContext, bodyLimit: number): void {
  const path = apiPaths.document(':id', ':docId');

  app.head(path, async (request: DocumentRequest, reply) => {
    const { id, doc } = findDocument(ctx, request);
    const offset = await ctx.resumable.offset(id, doc.doc_id);
    return reply
      .code(204)
      .header(UPLOAD_OFFSET_HEADER, String(offset))
      .header(UPLOAD_LENGTH_HEADER, String(doc.size))
      .send();
  });

  app.patch(path, { bodyLimit }, async (request: DocumentRequest, reply) => {
    const { id, doc } = findDocument(ctx, request);
    if (mediaType(request.headers['content-type']) !== OFFSET_OCTET_STREAM) {
      throw new ProblemError(415, 'unsupported-media-type', `A PATCH carries ${OFFSET_OCTET_STREAM}`);
    }
    const offset = parseUploadOffset(single(request.headers[UPLOAD_OFFSET_HEADER.toLowerCase()]));
    if (offset === null) throw new ProblemError(400, 'validation', `${UPLOAD_OFFSET_HEADER} must be a byte count`);
    const checksumHeader = single(request.headers[UPLOAD_CHECKSUM_HEADER.toLowerCase()]);
    const checksum = parseUploadChecksum(checksumHeader);
    if (checksumHeader !== undefined && checksum?.algorithm !== 'sha256') {
      throw new ProblemError(400, 'validation', `${UPLOAD_CHECKSUM_HEADER} must be "sha256 <base64>"`);
    }
    // An empty body may reach here without going through a parser.
    const chunk = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
    const next = await ctx.resumable.append(id, doc.doc_id, offset, chunk, checksum?.base64 ?? null);
    return reply.code(204).header(UPLOAD_OFFSET_HEADER, String(next)).send();
  });
}

function findDocument(ctx: ServerContext, request: DocumentRequest): { id: string; doc: DocumentRow } {
  const id = parseId(request.params.id);
  if (id === null || !ctx.store.get(id)) throw new ProblemError(404, 'not-found', 'No submission with this id');
  const docId = parseId(request.params.docId);
  const doc = docId === null ? undefined : ctx.store.document(id, docId);
  if (!doc) throw new ProblemError(404, 'unknown-document');
  return { id, doc };
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(',') : value;
}

function mediaType(contentType: string | undefined): string {
  return (contentType ?? '').split(';', 1)[0]?.trim().toLowerCase() ?? '';
}
