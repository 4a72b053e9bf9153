import type { Storage } from '@/storage';
import { createApiClient, createOutboxRunner, type OutboxRunnerOptions } from '@/sync';
import { readyDossier } from '../storage/testDb';
import type { Tap } from './tap';

/**
 * Real time plus an offset the test moves by hand: storage stamps rows with Date.now(), so the
 * runner's clock must never run behind it.
 */
export function manualClock() {
  let offset = 0;
  return { now: () => Date.now() + offset, advance: (ms: number) => (offset += ms) };
}

export function runnerFor(
  storage: Storage,
  baseUrl: string,
  tap: Tap,
  clock: { now: () => number },
  extra: Partial<OutboxRunnerOptions> = {},
) {
  const api = createApiClient({ baseUrl, fetch: tap.fetch, now: clock.now });
  return createOutboxRunner({ api, db: storage.db, now: clock.now, random: () => 0.5, locks: null, ...extra });
}

/** Files a ready dossier with `documents` PDFs and returns its outbox row and dossier. */
export async function filed(storage: Storage, documents = 3, answers?: Record<string, string | boolean | null>, padTo = 0) {
  const ready = await readyDossier(storage, documents, answers, padTo);
  const row = await storage.fileDossier(ready.dossier.id, ready.request);
  return { ...ready, row };
}
