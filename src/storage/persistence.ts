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
