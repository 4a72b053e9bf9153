import type { FastifyInstance } from 'fastify';
import { apiPaths } from '@/contract';
import type { Receipt } from '@/contract';
import type { ServerContext } from '../context';
import { parseId } from '../ids';
import { ProblemError } from '../problem';
import { servedReceipt } from '../receipts';
import { makeReceiptNumber } from '../receiptNumber';

export function registerComplete(app: FastifyInstance, ctx: ServerContext): void {
  // Any body is ignored: completing carries no data, and a client may send nothing or `{}`.
  app.post<{ Params: { id: string } }>(apiPaths.complete(':id'), async (request): Promise<Receipt> => {
    const id = parseId(request.params.id);
    if (id === null) throw new ProblemError(404, 'not-found', 'No submission with this id');
    // Signed inside the transaction that stores it: the stored receipt is the signed one.
    const result = ctx.store.complete(id, (bodyHash) => {
      const filedAt = ctx.now();
      return ctx.signer.signReceipt({ submissionId: id, number: makeReceiptNumber(filedAt), filedAt: filedAt.toISOString(), digest: bodyHash });
    });
    if ('notFound' in result) throw new ProblemError(404, 'not-found', 'No submission with this id');
    if ('missing' in result) {
      throw new ProblemError(
        409,
        'documents-missing',
        undefined,
        result.missing.map((docId) => ({ field: `documents/${docId}`, code: 'missing' })),
      );
    }
    return servedReceipt(ctx, id, JSON.stringify(result.receipt));
  });
}
