import type { FastifyInstance } from 'fastify';
import { apiPaths } from '@/contract';
import type { Health } from '@/contract';
import type { ServerContext } from '../context';

export function registerHealth(app: FastifyInstance, ctx: ServerContext): void {
  app.get(apiPaths.health, async (): Promise<Health> => ({ status: 'ok', contract: 'v1', time: ctx.now().toISOString() }));
}
