import { backoffDelayMs } from '@/domain/retryPolicy';
import { createStorage, getStorage, type OutboxError, type OutboxRecord, type RelaisDb, type Storage } from '@/storage';
import type { ApiClient } from './apiClient';
import { ApiError } from './apiError';
import { ensureSigningKeys } from './followUp';
import { sendSubmission } from './sendSubmission';
import { SKIPPED, defaultLocks, runExclusive, type LockManagerLike } from './singleRunner';
import { judgeFailure } from './verdict';

/** nextAttemptAt of a paused row: never due again by itself; it waits for a person (README.md). */
export const PAUSED = Number.MAX_SAFE_INTEGER;

export interface DrainResult {
  delivered: number;
  refused: number;
  /** Rows that will be tried again by themselves (at `nextWakeAt` at the earliest). */
  retrying: number;
  /** Rows stopped for a person (conflict, unexpected refusal, data missing on the device). */
  paused: number;
  /** The API could not be reached (a real request failed, not `navigator.onLine`). */
  offline: boolean;
  /** When the earliest waiting row becomes due; absent when nothing waits. */
  nextWakeAt?: number;
  skipped?: 'locked';
}

export interface OutboxRunnerOptions {
  api: ApiClient;
  now?: () => number;
  random?: () => number;
  lockName?: string;
  /** Defaults to the app's database. */
  db?: RelaisDb;
  /** Defaults to `navigator.locks`; `null` forces the in-process lock (tests). */
  locks?: LockManagerLike | null | undefined;
}

/**
 * Signs that the network may be back: the app opened, the browser said `online`, the page came
 * back, or the browser fired the service worker's Background Sync (it does so when it sees a
 * network; a row waiting only for the network must not then wait for its backoff too).
 */
const CONNECTIVITY_REASONS: ReadonlySet<string> = new Set(['start', 'online', 'visible', 'sync']);

/**
 * Backoff protects a struggling server, so it holds for server errors. But a row that only waited
 * for the network must go as soon as the network may be back: after hours offline its backoff has
 * reached the 5-minute cap, and a person with a working connection would see "waiting" for nothing.
 * "Send now" is a person asking: every waiting row is due, whatever its backoff said.
 */
function dueEarly(reason: string, row: OutboxRecord): boolean {
  if (reason === 'send-now') return row.nextAttemptAt !== PAUSED || row.lastError?.kind === 'sign-in';
  return CONNECTIVITY_REASONS.has(reason) && row.lastError?.kind === 'offline';
}

export interface OutboxRunner {
  drain(reason: string): Promise<DrainResult>;
}

export function createOutboxRunner(options: OutboxRunnerOptions): OutboxRunner {
  const { api, now = Date.now, random = Math.random, lockName = 'relais-outbox' } = options;
  const bound = options.db ? createStorage(options.db) : undefined;
  const storageOf = (): Storage => bound ?? getStorage();
  const locks = options.locks === undefined ? (defaultLocks() ?? null) : options.locks;

  async function backToQueued(storage: Storage, dossierId: string): Promise<void> {
    // Best effort: a missing or damaged dossier must not stop the other rows from being handled.
    await storage.applyDossierEvent(dossierId, 'retry').catch(() => undefined);
  }

  async function retryLater(storage: Storage, row: OutboxRecord, lastError: OutboxError, retryAfterMs?: number) {
    const delay = backoffDelayMs(row.attempts, random, retryAfterMs);
    await storage.updateOutbox(row.id, { attempts: row.attempts + 1, nextAttemptAt: now() + delay, lastError });
  }

  async function drainOnce(reason: string): Promise<DrainResult> {
    const storage = storageOf();
    const result: DrainResult = { delivered: 0, refused: 0, retrying: 0, paused: 0, offline: false };
    const startedAt = now();
    const due = (await storage.listOutbox()).filter(
      // "Send now" after signing in is the one way a person resumes rows paused for a sign-in.
      (row) => (row.nextAttemptAt !== PAUSED && row.nextAttemptAt <= startedAt) || dueEarly(reason, row),
    );
    if (due.length === 0) return withWake(storage, result);

    try {
      await api.health();
    } catch (error) {
      const offline = error instanceof ApiError && error.failure.kind === 'network';
      const lastError: OutboxError = offline
        ? { kind: 'offline', at: now() }
        : { kind: 'server', ...(error instanceof ApiError && error.status ? { status: error.status } : {}), at: now() };
      // Nothing was sent, so the dossiers simply stay 'queued'.
      for (const row of due) await retryLater(storage, row, lastError);
      return withWake(storage, { ...result, offline, retrying: due.length });
    }

    for (const [index, row] of due.entries()) {
      try {
        await storage.applyDossierEvent(row.dossierId, 'send');
        const receipt = await sendSubmission(api, storage, row);
        await storage.recordDelivery(row.id, receipt);
        result.delivered++;
        // The receipt is safe; its key is needed only to show it as verified, so a failure waits.
        await ensureSigningKeys(api, storage, [receipt.keyId]).catch(() => undefined);
      } catch (error) {
        const verdict = judgeFailure(error, now());
        const latest = (await storage.getOutbox(row.id)) ?? row;
        if (verdict.action === 'refuse') {
          await storage.recordRefusal(row.id, { code: verdict.code, fields: verdict.fields });
          result.refused++;
        } else if (verdict.action === 'pause') {
          // Needs a person (the review step says so; no flow resolves it in the app yet); the data stays.
          await storage.updateOutbox(row.id, { lastError: verdict.lastError, nextAttemptAt: PAUSED });
          await backToQueued(storage, row.dossierId);
          result.paused++;
        } else {
          await retryLater(storage, latest, verdict.lastError, verdict.retryAfterMs);
          await backToQueued(storage, row.dossierId);
          result.retrying++;
          if (verdict.stopDrain) {
            // The next rows would fail the same way: back them off too instead of hammering.
            const rest = due.slice(index + 1);
            for (const other of rest) await retryLater(storage, other, verdict.lastError, verdict.retryAfterMs);
            result.retrying += rest.length;
            result.offline = verdict.lastError.kind === 'offline';
            break;
          }
        }
      }
    }
    return withWake(storage, result);
  }

  return {
    async drain(reason) {
      const outcome = await runExclusive(lockName, () => drainOnce(reason), locks);
      if (outcome !== SKIPPED) return outcome;
      return { delivered: 0, refused: 0, retrying: 0, paused: 0, offline: false, skipped: 'locked' };
    },
  };
}

async function withWake(storage: Storage, result: DrainResult): Promise<DrainResult> {
  const waiting = (await storage.listOutbox()).filter((row) => row.nextAttemptAt !== PAUSED);
  if (waiting.length === 0) return result;
  return { ...result, nextWakeAt: Math.min(...waiting.map((row) => row.nextAttemptAt)) };
}
