import { StorageFullError } from './errors';

/**
 * Browsers report a full disk as a QuotaExceededError, which Dexie may wrap (AbortError with `inner`)
 * when it aborts the transaction. We look through the wrappers so every write path reports one type.
 */
export function isQuotaError(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current !== null && typeof current === 'object'; depth++) {
    const e = current as { name?: unknown; inner?: unknown; cause?: unknown };
    if (e.name === 'QuotaExceededError') return true;
    current = e.inner ?? e.cause;
  }
  return false;
}

/** Runs a write and turns a quota failure into StorageFullError; other errors pass unchanged. */
export async function guardWrite<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof StorageFullError) throw error;
    if (isQuotaError(error)) throw new StorageFullError(error);
    throw error;
  }
}
