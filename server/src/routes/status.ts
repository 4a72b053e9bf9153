import type { FastifyInstance } from 'fastify';
import { apiPaths } from '@/contract';
import type { Receipt, SubmissionStatus } from '@/contract';
import type { ServerContext } from '../context';
import { parseId } from '../ids';
import { ProblemError } from '../problem';

export function registerStatus(app: FastifyInstance, ctx: ServerContext): void {
  app.get<{ Params: { id: string } }>(apiPaths.submission(':id'), async (request): Promise<SubmissionStatus> => {
    const id = parseId(request.params.id);
    const row = id === null ? undefined : ctx.store.get(id);
    if (id === null || !row) throw new ProblemError(404, 'not-found', 'No submission with this id');
    const status: SubmissionStatus = {
      id,
      state: row.state,
      createdAt: row.created_at,
      documents: ctx.store.documents(id).map((doc) => ({ id: doc.doc_id, received: doc.received_at !== null })),
    };
    if (row.receipt_json !== null) status.receipt = JSON.parse(row.receipt_json) as Receipt;
    return status;
  });
}
