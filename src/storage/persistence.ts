import { StorageFullError } from './errors';

/**
 * Persistence and quota. `persist()` exists only in window contexts (not in WorkerNavigator's
 * typings), hence the structural feature checks; none of this may throw: a refusal is an answer.
 */
interface StorageManagerLike {
  persist?: () => Promise<boolean>;
  persisted?: () => Promise<boolean>;
  estimate?: () => Promise<{ usage?: number; quota?: number }>;
}

function storageManager(): StorageManagerLike | undefined {
  const nav = (globalThis as { navigator?: { storage?: StorageManagerLike } }).navigator;
  return nav?.storage;
}

/** Asks the browser not to evict our data under pressure. true when granted (or already granted). */
export async function requestPersistentStorage(): Promise<boolean> {
  const manager = storageManager();
  try {
    if (manager?.persisted && (await manager.persisted())) return true;
    if (!manager?.persist) return false;
    return await manager.persist();
  } catch {
    return false;
  }
}

/** Bytes used and available to this origin, or null where the browser does not say. */
export async function estimateStorage(): Promise<{ usage: number; quota: number } | null> {
  const manager = storageManager();
  if (!manager?.estimate) return null;
  try {
    const { usage, quota } = await manager.estimate();
    if (usage === undefined || quota === undefined) return null;
    return { usage, quota };
  } catch {
    return null;
  }
}

/**
 * Chromium counts an IndexedDB value about twice while its LevelDB log is compacted, and other
 * tabs of the site keep writing meanwhile: asking for twice the bytes plus a margin makes the
 * check refuse a write that would likely fail half-way, before the person waits for it.
 */
const WRITE_OVERHEAD_FACTOR = 2;
const SAFETY_MARGIN_BYTES = 1024 * 1024;

/**
 * Checks the quota before a large write, so a full device is told plainly and at once instead of
 * failing inside the transaction. Where the browser does not say, the write is tried (and a
 * QuotaExceededError is still turned into StorageFullError by guardWrite).
 */
export async function ensureRoomFor(bytes: number): Promise<void> {
  const estimate = await estimateStorage();
  if (estimate === null) return;
  const available = Math.max(0, estimate.quota - estimate.usage);
  const needed = bytes * WRITE_OVERHEAD_FACTOR + SAFETY_MARGIN_BYTES;
  if (needed > available) throw new StorageFullError(null, { available, needed });
}
