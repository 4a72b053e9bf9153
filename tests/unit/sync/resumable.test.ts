import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Storage } from '@/storage';
import { ApiError, createApiClient, MAX_CHUNK_BYTES, nextChunkBytes, UPLOAD_CHUNK_BYTES, uploadResumable } from '@/sync';
import { dropStorage, freshStorage } from '../storage/testDb';
import { filed, manualClock, runnerFor } from './fixtures';
import { startLiveServer, type LiveServer } from './liveServer';
import { createTap } from './tap';

let server: LiveServer;
let storage: Storage;

beforeAll(async () => {
  server = await startLiveServer();
});
afterAll(() => server.close());
beforeEach(() => {
  storage = freshStorage('resumable');
});
afterEach(() => dropStorage(storage));

const TWO_MB = 2 * 1024 * 1024;

/** Real fetch whose connection breaks during the PATCH that carries byte `cutAt` (and any later). */
function cuttingFetch(cutAt: number): { fetch: typeof fetch; patched: number[] } {
  const patched: number[] = [];
  const real = globalThis.fetch.bind(globalThis);
  return {
    patched,
    fetch: (input, init) => {
      if (init?.method === 'PATCH') {
        const offset = Number(new Headers(init.headers).get('Upload-Offset'));
        const length = init.body instanceof Uint8Array ? init.body.byteLength : 0;
        if (offset + length > cutAt) return Promise.reject(new TypeError('fetch failed (connection cut)'));
        patched.push(offset);
      }
      return real(input, init);
    },
  };
}

async function createdOnServer(size: number) {
  const { row, docs } = await filed(storage, 1, undefined, size);
  const api = createApiClient({ baseUrl: server.baseUrl });
  await api.createSubmission(row.id, row.body);
  const doc = docs[0];
  if (!doc) throw new Error('no document');
  return { row, doc, bytes: await storage.getDocumentBytes(doc.id) };
}

describe('chunk sizes', () => {
  it('start at 256 KB, follow the measured speed up to 1 MB, and join a short tail', () => {
    expect(nextChunkBytes(null, 10 * UPLOAD_CHUNK_BYTES)).toBe(UPLOAD_CHUNK_BYTES);
    // 2G: 6 KB/s → still the smallest chunk.
    expect(nextChunkBytes({ bytes: UPLOAD_CHUNK_BYTES, ms: 40_000 }, 10 * UPLOAD_CHUNK_BYTES)).toBe(UPLOAD_CHUNK_BYTES);
    // 3G: ~400 KB/s → ~800 KB.
    expect(nextChunkBytes({ bytes: UPLOAD_CHUNK_BYTES, ms: 640 }, 10 * MAX_CHUNK_BYTES)).toBe(Math.floor((UPLOAD_CHUNK_BYTES / 640) * 2000));
    expect(nextChunkBytes({ bytes: UPLOAD_CHUNK_BYTES, ms: 1 }, 10 * MAX_CHUNK_BYTES)).toBe(MAX_CHUNK_BYTES);
    // A 300 KB scan: 256 KB then 44 KB would be two requests; it goes in one.
    expect(nextChunkBytes(null, 300 * 1024)).toBe(300 * 1024);
  });
});

describe('resumable document upload against the reference server', () => {
  it('a 2 MB document cut at 90 % resumes from the server’s offset and sends only the rest', async () => {
    const { row, doc, bytes } = await createdOnServer(TWO_MB);
    const cut = cuttingFetch(Math.floor(TWO_MB * 0.9));
    const first = createApiClient({ baseUrl: server.baseUrl, fetch: cut.fetch });
    await expect(uploadResumable(first, { submissionId: row.id, docId: doc.id, bytes })).rejects.toBeInstanceOf(ApiError);

    // Every whole chunk before the cut is committed; on this fast link chunks grow up to 1 MB.
    const held = (await createApiClient({ baseUrl: server.baseUrl }).uploadOffset(row.id, doc.id)).offset;
    expect(held).toBeGreaterThanOrEqual(TWO_MB * 0.9 - MAX_CHUNK_BYTES);
    expect(held).toBeLessThan(TWO_MB * 0.9);

    const report = await uploadResumable(createApiClient({ baseUrl: server.baseUrl }), { submissionId: row.id, docId: doc.id, bytes });
    expect(report.resumedFrom).toBe(held);
    expect(report.bytesSent).toBe(TWO_MB - held);
    expect(server.storedSha256(row.id, doc.id)).toBe(doc.sha256);
  });

  it('a chunk whose answer was lost is not sent twice: the next attempt follows the server', async () => {
    const { row, doc, bytes } = await createdOnServer(UPLOAD_CHUNK_BYTES * 3 + 10);
    const tap = createTap();
    tap.once('PATCH', /\/documents\//, { kind: 'drop-after-commit' });
    const api = createApiClient({ baseUrl: server.baseUrl, fetch: tap.fetch });
    await expect(uploadResumable(api, { submissionId: row.id, docId: doc.id, bytes })).rejects.toBeInstanceOf(ApiError);
    const report = await uploadResumable(api, { submissionId: row.id, docId: doc.id, bytes });
    expect(report.resumedFrom).toBe(UPLOAD_CHUNK_BYTES);
    expect(report.bytesSent).toBe(bytes.byteLength - UPLOAD_CHUNK_BYTES);
    expect(server.storedSha256(row.id, doc.id)).toBe(doc.sha256);
  });

  it('the runner reports documents n of m and bytes on the outbox row while it sends', async () => {
    const clock = manualClock();
    const { row, dossier } = await filed(storage, 3, undefined, UPLOAD_CHUNK_BYTES * 2);
    const seen: { documentsDone: number; bytesSent: number }[] = [];
    const tap = createTap();
    const watching: typeof fetch = async (input, init) => {
      const progress = (await storage.getOutbox(row.id))?.progress;
      if (progress) seen.push({ documentsDone: progress.documentsDone, bytesSent: progress.bytesSent });
      return tap.fetch(input, init);
    };
    const result = await runnerFor(storage, server.baseUrl, { ...tap, fetch: watching }, clock).drain('filed');
    expect(result.delivered).toBe(1);
    expect((await storage.getDossier(dossier.id))?.status).toBe('delivered');
    expect(seen.some((p) => p.documentsDone === 1)).toBe(true);
    expect(seen.some((p) => p.documentsDone === 2)).toBe(true);
    const sent = seen.map((p) => p.bytesSent);
    expect(sent).toEqual([...sent].sort((a, b) => a - b));
    expect(Math.max(...sent)).toBeGreaterThan(UPLOAD_CHUNK_BYTES * 4);
  });
});
