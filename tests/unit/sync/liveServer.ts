import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { buildServer } from '../../../server/src/app';

/** The REAL reference server on a random local port, with its data in a temp dir. */
export interface LiveServer {
  baseUrl: string;
  dataDir: string;
  /** Rows in the server's tables, read from its SQLite file (what the server really holds). */
  count(sql: 'submissions' | 'receipts' | 'documents received'): number;
  /** SHA-256 hex of the bytes the server wrote for a document. */
  storedSha256(submissionId: string, docId: string): string;
  close(): Promise<void>;
}

/** `faults`: the server's test-only fault switch (PUT /api/test/faults) is there. */
export async function startLiveServer(options: { faults?: boolean } = {}): Promise<LiveServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'relais-sync-'));
  const app = await buildServer({ dataDir, faults: options.faults === true });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (address === null || typeof address === 'string') throw new Error('no TCP address');
  const queries = {
    submissions: 'SELECT COUNT(*) AS n FROM submissions',
    receipts: 'SELECT COUNT(*) AS n FROM submissions WHERE receipt_json IS NOT NULL',
    'documents received': 'SELECT COUNT(*) AS n FROM documents WHERE received_at IS NOT NULL',
  } as const;
  return {
    baseUrl: `http://127.0.0.1:${address.port}`,
    dataDir,
    count(what) {
      const db = new Database(join(dataDir, 'relais.sqlite'), { readonly: true });
      try {
        return (db.prepare(queries[what]).get() as { n: number }).n;
      } finally {
        db.close();
      }
    },
    storedSha256(submissionId, docId) {
      const bytes = readFileSync(join(dataDir, 'documents', submissionId, docId));
      return createHash('sha256').update(bytes).digest('hex');
    },
    async close() {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A local address where nothing listens: what "no network" looks like to fetch. */
export async function closedPortUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no TCP address');
  return `http://127.0.0.1:${address.port}`;
}
