import { OUTBOX_SYNC_TAG, type DrainResult, type OutboxRunner, type SyncReason } from '@/sync';

/** Background Sync (WICG; Chromium and Android only) is in no TypeScript lib. */
interface SyncEvent extends ExtendableEvent {
  readonly tag: string;
  /** The browser's last attempt for this registration: after it, the tag is dropped. */
  readonly lastChance: boolean;
}

declare global {
  interface ServiceWorkerGlobalScopeEventMap {
    sync: SyncEvent;
  }
}

/** The drain reason the runner hears: the browser says the network is back (docs/design.md, "Sync"). */
export const SYNC_REASON: SyncReason = 'sync';

/**
 * Rows still wait when another context holds the send lock (it may be a page that is closed
 * mid-send) or when rows are backing off (network, server errors). Paused rows wait for a person,
 * not for a retry, so the runner leaves them out of `nextWakeAt`.
 */
export function rowsStillWaiting(result: DrainResult): boolean {
  return result.skipped === 'locked' || result.nextWakeAt !== undefined;
}

export class SyncNotDoneError extends Error {
  constructor() {
    super('Outbox rows are still waiting: the browser will fire this sync again later.');
    this.name = 'SyncNotDoneError';
  }
}

/**
 * One sync event = one drain. A rejected `waitUntil` is the only way to ask the browser for
 * another try (Chromium: after 5 min, then 15 min); on its last chance there is none to ask for,
 * so we settle quietly and leave the rest to the page's triggers the next time the app opens.
 */
export async function deliverOnSync(runner: OutboxRunner, lastChance: boolean): Promise<void> {
  let result: DrainResult;
  try {
    result = await runner.drain(SYNC_REASON);
  } catch (error) {
    if (lastChance) return;
    throw error;
  }
  if (!lastChance && rowsStillWaiting(result)) throw new SyncNotDoneError();
}

/** Delivery continues after the app is closed: the browser wakes the worker when it is online. */
export function listenForOutboxSync(scope: ServiceWorkerGlobalScope, runner: OutboxRunner): void {
  scope.addEventListener('sync', (event) => {
    if (event.tag !== OUTBOX_SYNC_TAG) return;
    event.waitUntil(deliverOnSync(runner, event.lastChance));
  });
}
