import { mkdtempSync, rmSync } from 'node:fs';
import type { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { buildServer } from '../../../server/src/app';

export interface Wire {
  /** Bytes the clients wrote to the server's sockets: request lines, headers, bodies. */
  up: number;
  /** Bytes the server wrote back. */
  down: number;
  connections: number;
}

/** Time the server itself spent per route (onRequest → onResponse), for the profile. */
export type ServerTimes = Map<string, { count: number; ms: number }>;

export interface BenchServer {
  baseUrl: string;
  /** Totals since the server started; diff two snapshots to get one measurement's traffic. */
  wire(): Wire;
  /** What the server holds, read from its own SQLite file, to prove a run delivered everything. */
  held(): { receipts: number; documentsReceived: number };
  serverTimes: ServerTimes;
  close(): Promise<void>;
}

/**
 * The REAL reference server in this process on a random local port, with a fresh temp data dir
 * (as tests/unit/sync/liveServer.ts does). Bytes are counted on the server's sockets, so "on the
 * wire" means what TCP carried, headers included, whichever client sent it.
 */
export async function startBenchServer(options: { timeRoutes?: boolean } = {}): Promise<BenchServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'relais-bench-sync-'));
  const app = await buildServer({ dataDir });
  const serverTimes: ServerTimes = new Map();
  if (options.timeRoutes === true) {
    const started = new WeakMap<object, number>();
    app.addHook('onRequest', (request, _reply, done) => {
      started.set(request, performance.now());
      done();
    });
    app.addHook('onResponse', (request, _reply, done) => {
      const at = started.get(request);
      done();
      if (at === undefined) return;
      // Named like the client's meter names it, so the two can be set side by side.
      const route = (request.routeOptions.url ?? '?').replace(/^\/api\/v1/, '').replace(/:(\w+)/g, '{$1}');
      const key = `${request.method} ${route}`;
      const entry = serverTimes.get(key) ?? { count: 0, ms: 0 };
      entry.count++;
      entry.ms += performance.now() - at;
      serverTimes.set(key, entry);
    });
  }
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (address === null || typeof address === 'string') throw new Error('no TCP address');

  const live = new Set<Socket>();
  const closed = { up: 0, down: 0 };
  let connections = 0;
  app.server.on('connection', (socket: Socket) => {
    connections++;
    live.add(socket);
    socket.on('close', () => {
      closed.up += socket.bytesRead;
      closed.down += socket.bytesWritten;
      live.delete(socket);
    });
  });

  return {
    baseUrl: `http://127.0.0.1:${address.port}`,
    serverTimes,
    wire() {
      let up = closed.up;
      let down = closed.down;
      for (const socket of live) {
        up += socket.bytesRead;
        down += socket.bytesWritten;
      }
      return { up, down, connections };
    },
    held() {
      const db = new Database(join(dataDir, 'relais.sqlite'), { readonly: true });
      try {
        const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
        return {
          receipts: count('SELECT COUNT(*) AS n FROM submissions WHERE receipt_json IS NOT NULL'),
          documentsReceived: count('SELECT COUNT(*) AS n FROM documents WHERE received_at IS NOT NULL'),
        };
      } finally {
        db.close();
      }
    },
    async close() {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export function wireSince(server: BenchServer, before: Wire): Wire {
  const now = server.wire();
  return { up: now.up - before.up, down: now.down - before.down, connections: now.connections - before.connections };
}
