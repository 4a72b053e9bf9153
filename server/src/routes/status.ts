import type { FastifyInstance } from 'fastify';
import { apiPaths } from '@/contract';
import type { SubmissionStatus } from '@/contract';
import type { ServerContext } from '../context';
import { parseId } from '../ids';
import { ProblemError } from '../problem';
import { servedReceipt } from '../receipts';
import { reviewOf } from '../review';

export function registerStatus(app: FastifyInstance, ctx: ServerContext): void {
  app.get<{ Params: { id: string } }>(apiPaths.submission(':id'), async (request): Promise<SubmissionStatus> => {
    const id = parseId(request.params.id);
    const row = id === null ? undefined : ctx.store.get(id);
    if (id === null || !row) throw new ProblemError(404, 'not-found', 'No submission with this id');
    const review = reviewOf(row);
    return {
      id,
      state: row.state,
      createdAt: row.created_at,
      ...(row.receipt_json === null ? {} : { receipt: servedReceipt(ctx, id, row.receipt_json) }),
      // Derived from the same row as `state`, so the two can never disagree.
      ...(review === undefined ? {} : { review }),
      attestations: ctx.reviews.attestations(id),
      documents: ctx.store.documents(id).map((doc) => ({ id: doc.doc_id, received: doc.received_at !== null })),
    };
  });
}
