import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { TEST_FAULTS_PATH, type FaultCounters, type FaultSettings } from '@/contract';
import type { Storage } from '@/storage';
import { dropStorage, freshStorage } from '../storage/testDb';
import { filed, manualClock, runnerFor } from './fixtures';
import { closedPortUrl, startLiveServer, type LiveServer } from './liveServer';
import { createTap } from './tap';

let server: LiveServer;
let storage: Storage;

beforeAll(async () => {
  server = await startLiveServer({ faults: true });
});
afterAll(() => server.close());
beforeEach(() => {
  storage = freshStorage('chaos');
});
afterEach(() => dropStorage(storage));

async function setFaults(settings: FaultSettings): Promise<FaultCounters> {
  const response = await fetch(`${server.baseUrl}${TEST_FAULTS_PATH}`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(settings),
  });
  return (await response.json()) as FaultCounters;
}

async function faultCounters(): Promise<FaultCounters> {
  return (await (await fetch(`${server.baseUrl}${TEST_FAULTS_PATH}`)).json()) as FaultCounters;
}

/**
 * Issue 5's chaos run, on the real runner and the real server (real HTTP, SQLite, files): 50
 * dossiers of 3 documents filed offline, then a network where 30 % of requests get a 500 and 30 %
 * of answers are lost after the server committed. The device presses on ("Send now", as a mediator
 * would) until nothing waits; the server must hold each dossier and document exactly once.
 */
describe('chaos: 50 dossiers × 3 documents through 500s and lost answers', () => {
  it('exactly 50 submissions and 150 documents, every digest matching, every dossier filed', async () => {
    const dossiers = [];
    for (let i = 0; i < 50; i++) dossiers.push(await filed(storage, 3));
    const clock = manualClock();
    const offline = await runnerFor(storage, await closedPortUrl(), createTap(), clock).drain('start');
    expect(offline).toMatchObject({ offline: true, retrying: 50 });

    await setFaults({ failBefore: 0.3, dropAfter: 0.3, seed: 20261126 });
    const runner = runnerFor(storage, server.baseUrl, createTap(), clock);
    let drains = 0;
    while ((await storage.listOutbox()).length > 0 && drains < 2000) {
      await runner.drain('send-now');
      drains++;
    }
    const counters = await faultCounters();
    await setFaults({ failBefore: 0, dropAfter: 0 });

    expect(await storage.listOutbox()).toEqual([]);
    expect(counters.failed).toBeGreaterThan(50);
    expect(counters.dropped).toBeGreaterThan(20);
    expect(server.count('submissions')).toBe(50);
    expect(server.count('receipts')).toBe(50);
    expect(server.count('documents received')).toBe(150);
    for (const { dossier, docs, row } of dossiers) {
      expect((await storage.getDossier(dossier.id))?.status).toBe('delivered');
      expect((await storage.getReceipt(dossier.id))?.submissionId).toBe(row.id);
      for (const doc of docs) expect(server.storedSha256(row.id, doc.id)).toBe(doc.sha256);
    }
  }, 120_000);
});
