import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Fastify from 'fastify';
import type { FastifyInstance } from 'fastify';
import type { ServerContext } from './context';
import { openDatabase } from './db';
import { registerErrorHandling } from './errors';
import { FileStore } from './fileStore';
import { registerHeaders } from './headers';
import { registerComplete } from './routes/complete';
import { documentRoutes } from './routes/documents';
import { registerHealth } from './routes/health';
import { registerStatus } from './routes/status';
import { registerSubmissions } from './routes/submissions';
import { registerStatic } from './static';
import { SubmissionStore } from './submissionStore';

export interface ServerOptions {
  /** Holds relais.sqlite and documents/; created when missing. */
  dataDir: string;
  /** The built app (Vite's dist/); served with an SPA fallback when the folder exists. */
  staticDir?: string;
  /** Off by default: even request lines are more than a reference server needs to keep. */
  logger?: boolean;
}

export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const dataDir = resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const db = openDatabase(join(dataDir, 'relais.sqlite'));
  const ctx: ServerContext = {
    store: new SubmissionStore(db),
    files: new FileStore(join(dataDir, 'documents')),
    now: () => new Date(),
  };

  const app = Fastify({ logger: options.logger ?? false });
  app.addHook('onClose', async () => {
    db.close();
  });

  // `POST …/complete` may come with Content-Type: application/json and no body; Fastify's own parser
  // would refuse that, so an empty body becomes `undefined` and everything else goes to the default
  // (prototype-poisoning-safe) parser.
  // The API speaks JSON and raw document bytes only; Fastify's text/plain parser would let a plain
  // string through to handlers that expect an object or a Buffer.
  app.removeContentTypeParser('text/plain');
  const defaultJsonParser = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (text === '') return done(null, undefined);
    return defaultJsonParser(request, text, done);
  });

  registerHeaders(app);
  registerErrorHandling(app);
  registerHealth(app, ctx);
  registerSubmissions(app, ctx);
  registerStatus(app, ctx);
  registerComplete(app, ctx);
  await app.register(documentRoutes, ctx);
  if (options.staticDir !== undefined && existsSync(options.staticDir)) registerStatic(app, options.staticDir);
  return app;
}
