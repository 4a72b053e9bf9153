import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Storage } from '@/storage';
import { PAUSED } from '@/sync';
import { dropStorage, freshStorage, opened } from '../storage/testDb';
import { filed, manualClock, runnerFor } from './fixtures';
import { closedPortUrl, startLiveServer, type LiveServer } from './liveServer';
import { createTap, type Tap } from './tap';

let server: LiveServer;
let storage: Storage;
let tap: Tap;
let clock: ReturnType<typeof manualClock>;

beforeAll(async () => {
  server = await startLiveServer();
});
afterAll(() => server.close());
beforeEach(() => {
  storage = freshStorage('sync');
  tap = createTap();
  clock = manualClock();
});
afterEach(() => dropStorage(storage));

const SUBMISSION = /^\/api\/v1\/submissions$/;
const DOCUMENT = /\/documents\//;
const COMPLETE = /\/complete$/;

describe('outbox runner against the reference server', () => {
  it('delivers a dossier with 3 documents; the server holds exactly the bytes', async () => {
    const before = server.count('submissions');
    const { dossier, docs, row } = await filed(storage, 3);
    const result = await runnerFor(storage, server.baseUrl, tap, clock).drain('filed');

    expect(result).toMatchObject({ delivered: 1, refused: 0, retrying: 0, offline: false });
    expect(result.nextWakeAt).toBeUndefined();
    expect((await storage.getDossier(dossier.id))?.status).toBe('delivered');
    expect(await storage.listOutbox()).toEqual([]);
    const receipt = await storage.getReceipt(dossier.id);
    expect(receipt?.submissionId).toBe(row.id);
    for (const doc of docs) expect(server.storedSha256(row.id, doc.id)).toBe(doc.sha256);
    expect(server.count('submissions')).toBe(before + 1);
    const idempotency = tap.headers[1]?.get('Idempotency-Key');
    expect(idempotency).toBe(row.id);
    // Created in this send, so the server holds nothing yet: no HEAD, and one PATCH per small document.
    expect(tap.log.filter((l) => l.startsWith('HEAD'))).toHaveLength(0);
    expect(tap.log.filter((l) => l.startsWith('PATCH'))).toHaveLength(3);
  });

  it('offline: nothing sent, dossier stays queued, lastError offline, a wake-up time is given', async () => {
    const { dossier, row } = await filed(storage, 1);
    const result = await runnerFor(storage, await closedPortUrl(), tap, clock).drain('start');

    expect(result).toMatchObject({ offline: true, delivered: 0, retrying: 1 });
    expect(result.nextWakeAt).toBeGreaterThan(clock.now());
    expect((await storage.getDossier(dossier.id))?.status).toBe('queued');
    const after = await storage.getOutbox(row.id);
    expect(after?.lastError?.kind).toBe('offline');
    expect(after?.attempts).toBe(1);
    expect(tap.log).toEqual(['GET /api/v1/health']);
  });

  it('a row that waited for the network goes at once when the network may be back, despite its backoff', async () => {
    const { dossier, row } = await filed(storage, 1);
    // Hours offline: the backoff has grown to its cap.
    await storage.updateOutbox(row.id, { attempts: 30, nextAttemptAt: clock.now() + 5 * 60_000, lastError: { kind: 'offline', at: clock.now() } });
    expect((await runnerFor(storage, server.baseUrl, tap, clock).drain('timer')).delivered).toBe(0);
    const result = await runnerFor(storage, server.baseUrl, tap, clock).drain('online');
    expect(result.delivered).toBe(1);
    expect((await storage.getDossier(dossier.id))?.status).toBe('delivered');
  });

  it('a row backing off after a server error keeps its backoff when the network comes back', async () => {
    const { row } = await filed(storage, 1);
    const backoffEnds = clock.now() + 60_000;
    await storage.updateOutbox(row.id, { attempts: 3, nextAttemptAt: backoffEnds, lastError: { kind: 'server', status: 503, at: clock.now() } });
    const result = await runnerFor(storage, server.baseUrl, tap, clock).drain('online');
    expect(result).toMatchObject({ delivered: 0, retrying: 0 });
    expect(result.nextWakeAt).toBe(backoffEnds);
  });

  it('a 500 is retried after the backoff and the dossier is delivered once', async () => {
    const { dossier, row } = await filed(storage, 2);
    tap.once('PATCH', DOCUMENT, { kind: 'respond', status: 500, forward: true });
    const runner = runnerFor(storage, server.baseUrl, tap, clock);

    const first = await runner.drain('filed');
    expect(first).toMatchObject({ delivered: 0, retrying: 1 });
    expect((await storage.getDossier(dossier.id))?.status).toBe('queued');
    const waiting = await storage.getOutbox(row.id);
    expect(waiting).toMatchObject({ attempts: 1, stage: 'upload', lastError: { kind: 'server', status: 500 } });

    expect(await runner.drain('visible')).toMatchObject({ delivered: 0, retrying: 0 }); // not due yet
    clock.advance(first.nextWakeAt! - clock.now() + 1);
    expect(await runner.drain('timer')).toMatchObject({ delivered: 1 });
    expect((await storage.getDossier(dossier.id))?.status).toBe('delivered');
    expect(server.count('documents received')).toBeGreaterThanOrEqual(2);
  });

  it.each([
    ['create', 'POST', SUBMISSION],
    ['complete', 'POST', COMPLETE],
  ] as const)('answer of %s lost after the server committed: no duplicate, same receipt', async (_n, method, path) => {
    const submissions = server.count('submissions');
    const receipts = server.count('receipts');
    const { dossier, row } = await filed(storage, 1);
    tap.once(method, path, { kind: 'drop-after-commit' });
    const runner = runnerFor(storage, server.baseUrl, tap, clock);

    const first = await runner.drain('filed');
    expect(first).toMatchObject({ delivered: 0, retrying: 1, offline: true });
    expect((await storage.getDossier(dossier.id))?.status).toBe('queued');
    clock.advance(first.nextWakeAt! - clock.now() + 1);
    expect(await runner.drain('timer')).toMatchObject({ delivered: 1 });

    expect(server.count('submissions')).toBe(submissions + 1);
    expect(server.count('receipts')).toBe(receipts + 1);
    const status = (await (await fetch(`${server.baseUrl}/api/v1/submissions/${row.id}`)).json()) as { receipt?: unknown };
    const { dossierId: _dossierId, storedAt: _storedAt, ...stored } = (await storage.getReceipt(dossier.id)) ?? {};
    expect(status.receipt).toEqual(stored);
  });

  it('a 422 validation refusal sends the dossier back with the fields', async () => {
    const { dossier } = await filed(storage, 1, { 'family-name': 'not a valid field id' });
    const result = await runnerFor(storage, server.baseUrl, tap, clock).drain('filed');
    expect(result).toMatchObject({ refused: 1, delivered: 0 });
    const refused = opened(await storage.getDossier(dossier.id));
    expect(refused?.status).toBe('needs-correction');
    expect(refused?.refusal?.code).toBe('validation');
    expect(refused?.refusal?.fields.map((f) => f.field)).toContain('answers/family-name');
    expect(await storage.listOutbox()).toEqual([]);
  });

  it('an idempotency conflict pauses the row, keeps its data and the dossier queued', async () => {
    const { dossier, row, request } = await filed(storage, 1);
    // Same key, other body: what a device bug or a reused id would look like.
    await fetch(`${server.baseUrl}/api/v1/submissions`, {
      method: 'POST',
      headers: { 'Idempotency-Key': row.id, 'Content-Type': 'application/json' },
      body: JSON.stringify({ ...request, language: 'ar' }),
    });
    const result = await runnerFor(storage, server.baseUrl, tap, clock).drain('filed');
    expect(result).toMatchObject({ paused: 1, delivered: 0, retrying: 0 });
    expect(result.nextWakeAt).toBeUndefined();
    const paused = await storage.getOutbox(row.id);
    expect(paused).toMatchObject({ nextAttemptAt: PAUSED, lastError: { kind: 'conflict', status: 422, code: 'idempotency-conflict' } });
    expect(paused?.body).toBe(row.body);
    expect((await storage.getDossier(dossier.id))?.status).toBe('queued');
  });

  it('a server asking for a sign-in (401) pauses the row with its data; "Send now" resumes it', async () => {
    const { dossier, row } = await filed(storage, 1);
    tap.once('POST', SUBMISSION, { kind: 'respond', status: 401 });
    const runner = runnerFor(storage, server.baseUrl, tap, clock);
    expect(await runner.drain('filed')).toMatchObject({ paused: 1, delivered: 0 });
    expect(await storage.getOutbox(row.id)).toMatchObject({ nextAttemptAt: PAUSED, lastError: { kind: 'sign-in', status: 401 }, body: row.body });
    expect(await runner.drain('online')).toMatchObject({ delivered: 0 });
    expect(await runner.drain('send-now')).toMatchObject({ delivered: 1 });
    expect((await storage.getDossier(dossier.id))?.status).toBe('delivered');
  });

  it('documents missing at complete: believes the server, uploads again, delivers in the same drain', async () => {
    const { dossier, row } = await filed(storage, 2);
    // The device wrongly believes everything was uploaded (e.g. the server lost its files).
    await fetch(`${server.baseUrl}/api/v1/submissions`, {
      method: 'POST',
      headers: { 'Idempotency-Key': row.id, 'Content-Type': 'application/json' },
      body: row.body,
    });
    await storage.updateOutbox(row.id, { stage: 'complete', uploaded: row.documentIds });
    const result = await runnerFor(storage, server.baseUrl, tap, clock).drain('start');
    expect(result).toMatchObject({ delivered: 1 });
    expect(tap.log.filter((l) => l.startsWith('PATCH'))).toHaveLength(2);
    expect((await storage.getDossier(dossier.id))?.status).toBe('delivered');
  });

  it('honours Retry-After: not before the server said, then delivered', async () => {
    const { row } = await filed(storage, 1);
    tap.once('POST', SUBMISSION, { kind: 'respond', status: 503, headers: { 'Retry-After': '120' } });
    const runner = runnerFor(storage, server.baseUrl, tap, clock, { random: () => 0 });
    const start = clock.now();
    const first = await runner.drain('filed');
    expect(first.nextWakeAt).toBeGreaterThanOrEqual(start + 120_000);
    expect(first.nextWakeAt).toBeLessThan(start + 125_000);
    expect((await storage.getOutbox(row.id))?.lastError).toMatchObject({ kind: 'server', status: 503 });
    clock.advance(100_000);
    expect(await runner.drain('timer')).toMatchObject({ delivered: 0, retrying: 0 });
    clock.advance(25_000);
    expect(await runner.drain('timer')).toMatchObject({ delivered: 1 });
  });

  it('sends rows oldest first and continues after one is refused', async () => {
    const bad = await filed(storage, 1, { 'bad-id': 'x' });
    const good = await filed(storage, 1);
    const result = await runnerFor(storage, server.baseUrl, tap, clock).drain('start');
    expect(result).toMatchObject({ refused: 1, delivered: 1 });
    expect((await storage.getDossier(bad.dossier.id))?.status).toBe('needs-correction');
    expect((await storage.getDossier(good.dossier.id))?.status).toBe('delivered');
  });
});
