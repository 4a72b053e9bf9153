import { existsSync } from 'node:fs';
import Fastify from 'fastify';
import type { FastifyInstance } from 'fastify';
import type { ServerContext } from './context';
import { openDataFolder } from './dataFolder';
import { registerErrorHandling } from './errors';
import { registerFaults } from './faults/faults';
import { registerHeaders } from './headers';
import { ResumableUploads } from './resumableUploads';
import { registerComplete } from './routes/complete';
import { documentRoutes } from './routes/documents';
import { registerHealth } from './routes/health';
import { registerKeys } from './routes/keys';
import { registerStatus } from './routes/status';
import { registerSubmissions } from './routes/submissions';
import { registerStatic } from './static';

export interface ServerOptions {
  /** Holds relais.sqlite, documents/ and signing-key.json; created when missing. */
  dataDir: string;
  /** The built app (Vite's dist/); served with an SPA fallback when the folder exists. */
  staticDir?: string;
  /** Off by default: even request lines are more than a reference server needs to keep. */
  logger?: boolean;
  /**
   * Test-only fault switch (PUT/GET /api/test/faults): off unless asked for, and start.ts asks only
   * when RELAIS_TEST_FAULTS=1. Never on a server someone relies on.
   */
  faults?: boolean;
  /** The legal clock; tests pin it. */
  now?: () => Date;
}

export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const folder = openDataFolder(options.dataDir);
  const now = options.now ?? (() => new Date());
  const ctx: ServerContext = {
    store: folder.store,
    files: folder.files,
    reviews: folder.reviews,
    signer: folder.signer,
    resumable: new ResumableUploads({ store: folder.store, uploads: folder.uploads, files: folder.files, now }),
    now,
  };

  const app = Fastify({ logger: options.logger ?? false });
  app.addHook('onClose', async () => {
    folder.db.close();
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
  // Before the routes, so its hooks see every API request.
  if (options.faults === true) registerFaults(app);
  registerHealth(app, ctx);
  registerKeys(app, ctx);
  registerSubmissions(app, ctx);
  registerStatus(app, ctx);
  registerComplete(app, ctx);
  await app.register(documentRoutes, ctx);
  if (options.staticDir !== undefined && existsSync(options.staticDir)) registerStatic(app, options.staticDir);
  return app;
}
