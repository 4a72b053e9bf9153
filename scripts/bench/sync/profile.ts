import { mkdtempSync, rmSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchDocument } from './dataset';
import { instrumentDb, instrumentDigest, newRecorder, type Recorder } from './instrument';
import { measurePlain, measureRunner, type Measurement } from './measure';
import { median } from './report';
import { fileOutbox } from './runnerClient';

const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 5));

/**
 * Which storage call makes which IndexedDB transaction: each call the runner makes is run once on a
 * throw-away filed dossier and its transaction signatures noted. Done at run time, so the profile
 * names storage calls correctly even after src/storage changes.
 */
async function calibrate(dataset: BenchDocument[][]): Promise<Map<string, string[]>> {
  const recorder = newRecorder();
  const outbox = await fileOutbox(dataset.slice(0, 1), (db) => instrumentDb(db, recorder));
  const names = new Map<string, string[]>();
  try {
    const { storage } = outbox;
    const [row] = await storage.listOutbox();
    const docId = row?.documentIds[0];
    if (!row || docId === undefined) throw new Error('calibration: nothing filed');
    const calls: [string, () => Promise<unknown>][] = [
      ['listOutbox', () => storage.listOutbox()],
      ['applyDossierEvent', () => storage.applyDossierEvent(row.dossierId, 'send')],
      ['updateOutbox', () => storage.updateOutbox(row.id, { stage: 'upload' })],
      ['getDocumentBytes', () => storage.getDocumentBytes(docId)],
      ['setOutboxProgress',
        () => storage.setOutboxProgress(row.id, { documentsDone: 0, documentsTotal: 3, bytesSent: 0, bytesTotal: 1, updatedAt: Date.now() })],
      ['getOutbox', () => storage.getOutbox(row.id)],
      ['getSigningKey', () => storage.getSigningKey('bench')],
      ['recordDelivery',
        () => storage.recordDelivery(row.id, { submissionId: row.id, number: 'ANEF-2026-000001', filedAt: new Date().toISOString(), digest: row.bodySha256 })],
    ];
    recorder.recording = true;
    for (const [name, call] of calls) {
      const before = new Set(recorder.transactions.keys());
      const counts = new Map([...recorder.transactions].map(([key, value]) => [key, value.count]));
      await call();
      await settle();
      for (const [key, value] of recorder.transactions) {
        if (before.has(key) && counts.get(key) === value.count) continue;
        names.set(key, [...(names.get(key) ?? []), name]);
      }
    }
    return names;
  } finally {
    recorder.recording = false;
    await outbox.drop();
  }
}

/** write + fsync + close of one document-sized file: the unit of the server's durability cost. */
async function fsyncCostMs(size: number, times: number): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'relais-bench-fsync-'));
  const bytes = Buffer.alloc(size, 1);
  const samples: number[] = [];
  try {
    for (let i = 0; i < times; i++) {
      const started = performance.now();
      const handle = await open(join(dir, `f${i}`), 'w');
      await handle.write(bytes);
      await handle.sync();
      await handle.close();
      samples.push(performance.now() - started);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return median(samples);
}

export interface ProfileResult {
  runner: Measurement;
  plain: Measurement;
  recorder: Recorder;
  names: Map<string, string[]>;
  fsyncDocMs: number;
  fsyncSmallMs: number;
}

/** One more runner drain and one more plain upload, both with timers everywhere. Not the figures. */
export async function profile(dataset: BenchDocument[][]): Promise<ProfileResult> {
  const names = await calibrate(dataset);
  const recorder = newRecorder();
  const undo = instrumentDigest(recorder);
  try {
    const runner = await measureRunner(dataset, {
      timeRoutes: true,
      instrument: (db) => instrumentDb(db, recorder),
      onClock: (running) => (recorder.recording = running),
    });
    const plain = await measurePlain(dataset, { timeRoutes: true });
    const fsyncDocMs = await fsyncCostMs(dataset[0]?.[0]?.bytes.byteLength ?? 300 * 1024, 50);
    const fsyncSmallMs = await fsyncCostMs(512, 50);
    return { runner, plain, recorder, names, fsyncDocMs, fsyncSmallMs };
  } finally {
    undo();
  }
}

