import type { FastifyInstance } from 'fastify';
import { apiPaths } from '@/contract';
import type { PublicKeySet } from '@/contract';
import type { ServerContext } from '../context';

/** The keys receipts and attestations are signed with; public, so the app can fetch them on first use. */
export function registerKeys(app: FastifyInstance, ctx: ServerContext): void {
  app.get(apiPaths.keys, async (): Promise<PublicKeySet> => ({ keys: ctx.signer.publicKeys() }));
}
