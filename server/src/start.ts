import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildServer } from './app';

// Loopback only: this reference server has no TLS and no authentication, it is not for a network.
const HOST = '127.0.0.1';
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${process.env.PORT}"`);
  const dataDir = resolve(repoRoot, process.env.RELAIS_DATA_DIR ?? 'data');
  // RELAIS_STATIC_DIR: another build beside the usual one (two e2e runs on one machine).
  const staticDir = resolve(repoRoot, process.env.RELAIS_STATIC_DIR ?? 'dist');
  if (!existsSync(staticDir)) {
    process.stderr.write('dist/ is missing: run `npm run build` to serve the app (the API works without it).\n');
  }

  const faults = process.env.RELAIS_TEST_FAULTS === '1';
  if (faults) {
    process.stderr.write(
      '\n!!! WARNING: RELAIS_TEST_FAULTS=1 — test fault switch ON (PUT /api/test/faults can fail or drop API answers on purpose).\n' +
        '!!! Never use this server for real filings.\n\n',
    );
  }

  const app = await buildServer({ dataDir, staticDir, faults });
  let closing = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    process.stdout.write(`\n${signal} received, stopping Relais…\n`);
    // close() finishes in-flight requests and closes the database, so no receipt is half-written.
    app.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);

  await app.listen({ host: HOST, port });
  const address = app.server.address();
  const actualPort = typeof address === 'object' && address !== null ? address.port : port;
  process.stdout.write(`Relais is running at http://${HOST}:${actualPort}/ (data: ${dataDir})\n`);
  // What config.json declares is what people are told; this server never forwards anything.
  process.stdout.write('This reference server is a training sandbox: nothing it receives reaches any administration (docs/server.md).\n');
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`Relais could not start: ${message}\n`);
  process.exit(1);
});
