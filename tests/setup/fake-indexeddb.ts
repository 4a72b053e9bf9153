/**
 * Storage tests run Dexie over fake-indexeddb, in Node (unit) and in jsdom (component). Each test
 * file gets a fresh in-memory IndexedDB (Vitest isolates files).
 *
 * Storage code also needs Web Crypto (at-rest encryption, SHA-256), Blob and structuredClone: Node 20
 * has all three; this fails early and clearly if an environment hides one of them.
 *
 * Known limit of the jsdom project: there `Blob` is jsdom's, which Node's structuredClone cannot
 * clone, so a Blob put into fake-indexeddb comes back as a plain object. Tests that store and read
 * back bytes belong in tests/unit (Node), where Blob is Node's own.
 */
import 'fake-indexeddb/auto';

const required: Record<string, unknown> = {
  'crypto.subtle': globalThis.crypto.subtle,
  Blob: globalThis.Blob,
  structuredClone: globalThis.structuredClone,
  indexedDB: globalThis.indexedDB,
};
const missing = Object.keys(required).filter((name) => required[name] === undefined);

if (missing.length > 0) {
  throw new Error(`Test environment lacks ${missing.join(', ')} (storage tests need them).`);
}
