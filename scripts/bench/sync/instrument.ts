import type { DBCore, DBCoreTable } from 'dexie';
import type { RelaisDb } from '@/storage';

export type Tally = Map<string, { count: number; ms: number }>;

export function add(tally: Tally, key: string, ms: number): void {
  const entry = tally.get(key) ?? { count: 0, ms: 0 };
  entry.count++;
  entry.ms += ms;
  tally.set(key, entry);
}

/** What the profile collects while `recording` is on (the clock of the drain). */
export interface Recorder {
  recording: boolean;
  /** IndexedDB transactions, opened → committed, keyed by their signature (see `signature`). */
  transactions: Tally;
  /** crypto.subtle.digest calls (the runner hashes every chunk for Upload-Checksum). */
  digest: Tally;
}

export const newRecorder = (): Recorder => ({ recording: false, transactions: new Map(), digest: new Map() });

interface Watched {
  startedAt: number;
  mode: string;
  stores: string[];
  ops: string[];
}

/**
 * A Dexie middleware (DBCore level, so nothing in src/storage changes) that times every IndexedDB
 * transaction from creation to its `complete` event and names it by mode, stores and the operations
 * it ran: "readwrite [outbox] get+put". Storage calls are then recognised by their signature (see
 * profile.ts, which calibrates them). Must be attached before the database opens.
 */
export function instrumentDb(db: RelaisDb, recorder: Recorder): void {
  const watched = new WeakMap<object, Watched>();
  const middleware = {
    stack: 'dbcore' as const,
    name: 'bench-sync-timer',
    create(down: DBCore): Partial<DBCore> {
      return {
        transaction(stores, mode, options) {
          const trans = down.transaction(stores, mode, options);
          if (!recorder.recording) return trans;
          const info: Watched = { startedAt: performance.now(), mode, stores: [...stores].sort(), ops: [] };
          watched.set(trans, info);
          const idb = trans as unknown as Partial<Pick<IDBTransaction, 'addEventListener'>>;
          idb.addEventListener?.('complete', () => {
            add(recorder.transactions, signature(info), performance.now() - info.startedAt);
          });
          return trans;
        },
        table(name: string): DBCoreTable {
          const table = down.table(name);
          const note = (trans: object, op: string) => {
            const info = watched.get(trans);
            if (info && info.ops[info.ops.length - 1] !== `${name}.${op}`) info.ops.push(`${name}.${op}`);
          };
          return {
            ...table,
            mutate: (req) => (note(req.trans, req.type), table.mutate(req)),
            get: (req) => (note(req.trans, 'get'), table.get(req)),
            getMany: (req) => (note(req.trans, 'getMany'), table.getMany(req)),
            query: (req) => (note(req.trans, 'query'), table.query(req)),
            openCursor: (req) => (note(req.trans, 'cursor'), table.openCursor(req)),
            count: (req) => (note(req.trans, 'count'), table.count(req)),
          };
        },
      };
    },
  };
  db.main.use(middleware);
  db.strict.use(middleware);
}

function signature(info: Watched): string {
  return `${info.mode === 'readwrite' ? 'rw' : 'ro'} ${info.ops.join('+') || `[${info.stores.join(',')}]`}`;
}

/** Times crypto.subtle.digest while recording; returns the undo. */
export function instrumentDigest(recorder: Recorder): () => void {
  const subtle = globalThis.crypto.subtle;
  const original = subtle.digest.bind(subtle);
  subtle.digest = async (algorithm: AlgorithmIdentifier, data: BufferSource) => {
    if (!recorder.recording) return original(algorithm, data);
    const started = performance.now();
    try {
      return await original(algorithm, data);
    } finally {
      add(recorder.digest, `SHA-256 of ${Math.round(data.byteLength / 1024)} KB`, performance.now() - started);
    }
  };
  return () => {
    subtle.digest = original;
  };
}
