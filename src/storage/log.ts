/**
 * A tiny log of storage anomalies. Entries carry table names, keys (device-made UUIDs), schema
 * paths and error names only — never answers or file names — so they can go to a diagnostics
 * screen as they are. No console here (lint rule: the app logs through its own logger): the last
 * entries are kept in memory and the app may forward them with `setStorageLogger`.
 */
export type StorageLogEvent =
  | {
      readonly event: 'corrupt-record';
      readonly table: string;
      readonly key: string | null;
      readonly paths: readonly string[];
    }
  | {
      /**
       * An envelope made with fewer PBKDF2 iterations than today's could not be re-wrapped at
       * unlock (the unlock itself succeeded); the next unlock tries again. `error` is the error's
       * name only (StorageFullError…): a message could one day carry more than it should.
       */
      readonly event: 'envelope-not-strengthened';
      readonly table: 'profiles';
      readonly key: string;
      readonly error: string;
    };
export type StorageLogger = (entry: StorageLogEvent) => void;

const KEPT = 50;
const recent: StorageLogEvent[] = [];
let current: StorageLogger | null = null;

export function setStorageLogger(logger: StorageLogger | null): void {
  current = logger;
}

/** The last anomalies, oldest first (for a diagnostics screen or a support export). */
export function recentStorageEvents(): readonly StorageLogEvent[] {
  return [...recent];
}

export function logStorage(entry: StorageLogEvent): void {
  recent.push(entry);
  if (recent.length > KEPT) recent.shift();
  try {
    current?.(entry);
  } catch {
    // A broken logger must never break the read (or the unlock) that logs.
  }
}
