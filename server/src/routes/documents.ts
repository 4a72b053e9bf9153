import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { apiPaths, MAX_DOCUMENT_BYTES, OFFSET_OCTET_STREAM, parseContentDigest } from '@/contract';
import type { DocumentStored } from '@/contract';
import type { ServerContext } from '../context';
import { parseId } from '../ids';
import { bytesMatchMime } from '../mediaSniff';
import { ProblemError } from '../problem';
import { registerResumable } from './resumable';

/** Headroom over the contract's ceiling so an exact-limit file is judged by size-mismatch, not by 413. */
export const DOCUMENT_BODY_LIMIT = MAX_DOCUMENT_BYTES + 64 * 1024;

/**
 * Registered as its own plugin so raw-bytes parsers exist for the document path only, not for the JSON
 * routes: the whole-body PUT here, HEAD and PATCH (resumable) in ./resumable.
 */
export async function documentRoutes(app: FastifyInstance, ctx: ServerContext): Promise<void> {
  const asBuffer = (_request: unknown, body: Buffer, done: (err: null, body: Buffer) => void) => done(null, body);
  app.addContentTypeParser(['application/octet-stream', 'application/pdf', OFFSET_OCTET_STREAM], { parseAs: 'buffer', bodyLimit: DOCUMENT_BODY_LIMIT }, asBuffer);
  app.addContentTypeParser(/^image\/[a-z0-9.+-]+$/i, { parseAs: 'buffer', bodyLimit: DOCUMENT_BODY_LIMIT }, asBuffer);

  app.put<{ Params: { id: string; docId: string } }>(
    apiPaths.document(':id', ':docId'),
    { bodyLimit: DOCUMENT_BODY_LIMIT },
    async (request): Promise<DocumentStored> => {
      const id = parseId(request.params.id);
      if (id === null || !ctx.store.get(id)) throw new ProblemError(404, 'not-found', 'No submission with this id');
      const docId = parseId(request.params.docId);
      const doc = docId === null ? undefined : ctx.store.document(id, docId);
      if (docId === null || !doc) throw new ProblemError(404, 'unknown-document');

      const headerDigest = parseContentDigest(singleHeader(request.headers['content-digest']));
      if (headerDigest === null) {
        throw new ProblemError(400, 'digest-mismatch', 'A Content-Digest header with a sha-256 value is required');
      }
      if (Buffer.from(headerDigest, 'base64').toString('hex') !== doc.sha256) {
        throw new ProblemError(422, 'digest-mismatch', 'Content-Digest differs from the manifest');
      }
      // An empty body may reach here without going through a parser.
      const bytes = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      if (bytes.length !== doc.size) {
        throw new ProblemError(422, 'size-mismatch', `Expected ${doc.size} bytes, received ${bytes.length}`);
      }
      if (createHash('sha256').update(bytes).digest('hex') !== doc.sha256) {
        throw new ProblemError(422, 'digest-mismatch', 'The bytes received do not match Content-Digest');
      }
      if (!bytesMatchMime(bytes, doc.mime)) {
        throw new ProblemError(422, 'unsupported-media-type', `The file content is not ${doc.mime}`);
      }

      // Re-writing identical bytes is harmless, but skipping it keeps a retried PUT cheap. Exclusive
      // with resumable chunks of the same document, whose partial file it makes useless.
      await ctx.resumable.exclusive(id, docId, async () => {
        const current = ctx.store.document(id, docId);
        if (current?.received_at === null || !(await ctx.files.exists(id, docId))) {
          await ctx.files.write(id, docId, bytes);
          ctx.store.markReceived(id, docId, ctx.now().toISOString());
        }
        await ctx.files.discardPartial(id, docId);
      });
      return { id: docId, size: bytes.length, sha256: doc.sha256 };
    },
  );

  registerResumable(app, ctx, DOCUMENT_BODY_LIMIT);
}

function singleHeader(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(',') : value;
}
