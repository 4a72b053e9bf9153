/**
 * Imported first by scripts/bench-sync.ts: Dexie looks for `indexedDB` when its module loads, so the
 * fake one must be global before anything imports @/storage. This is how the unit tests run the
 * runner (tests/setup/fake-indexeddb.ts), which is the point: the bench measures that setup, and
 * says so, rather than a browser's IndexedDB.
 */
import 'fake-indexeddb/auto';
