import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Storage } from '@/storage';
import type { LockManagerLike } from '@/sync';
import { dropStorage, freshStorage } from '../storage/testDb';
import { filed, manualClock, runnerFor } from './fixtures';
import { closedPortUrl, startLiveServer, type LiveServer } from './liveServer';
import { createTap } from './tap';

/**
 * In the browser the runner takes `navigator.locks.request('relais-outbox', { ifAvailable: true })`:
 * the lock is shared by every tab and the service worker of the origin and released if its holder
 * dies, so only one context sends; a context that finds it taken skips (the holder is draining).
 * Node has no Web Locks, so the in-process fallback is tested for real, and the Web Locks path with
 * a minimal LockManager that has the same ifAvailable semantics.
 */
function minimalLockManager(): LockManagerLike & { requests: string[] } {
  const held = new Set<string>();
  const requests: string[] = [];
  return {
    requests,
    async request(name, options, callback) {
      requests.push(`${name}:${String(options.ifAvailable)}`);
      if (held.has(name)) return callback(null);
      held.add(name);
      try {
        return await callback({ name });
      } finally {
        held.delete(name);
      }
    },
  };
}

let server: LiveServer;
let storage: Storage;
beforeAll(async () => {
  server = await startLiveServer();
});
afterAll(() => server.close());
beforeEach(() => {
  storage = freshStorage('lock');
});
afterEach(async () => {
  vi.unstubAllGlobals();
  await dropStorage(storage);
});

describe('one sender at a time', () => {
  it('two runners draining at once (in-process lock): one sends, the other skips', async () => {
    const { dossier } = await filed(storage, 2);
    const submissions = server.count('submissions');
    const clock = manualClock();
    const tapA = createTap();
    const tapB = createTap();
    const [a, b] = await Promise.all([
      runnerFor(storage, server.baseUrl, tapA, clock).drain('start'),
      runnerFor(storage, server.baseUrl, tapB, clock).drain('online'),
    ]);
    expect([a.skipped, b.skipped].filter((s) => s === 'locked')).toHaveLength(1);
    expect(a.delivered + b.delivered).toBe(1);
    expect(Math.min(tapA.log.length, tapB.log.length)).toBe(0);
    expect(server.count('submissions')).toBe(submissions + 1);
    expect((await storage.getDossier(dossier.id))?.status).toBe('delivered');
  });

  it('uses navigator.locks with ifAvailable when the platform has Web Locks', async () => {
    await filed(storage, 1);
    const locks = minimalLockManager();
    vi.stubGlobal('navigator', { locks });
    const clock = manualClock();
    const [a, b] = await Promise.all([
      runnerFor(storage, server.baseUrl, createTap(), clock, { locks: undefined }).drain('start'),
      runnerFor(storage, server.baseUrl, createTap(), clock, { locks: undefined }).drain('visible'),
    ]);
    expect(locks.requests).toEqual(['relais-outbox:true', 'relais-outbox:true']);
    expect([a.skipped, b.skipped].filter((s) => s === 'locked')).toHaveLength(1);
    expect(a.delivered + b.delivered).toBe(1);
  });

  it('releases the lock after a drain, even a failed one', async () => {
    const clock = manualClock();
    const runner = runnerFor(storage, await closedPortUrl(), createTap(), clock);
    await filed(storage, 1);
    expect((await runner.drain('start')).offline).toBe(true);
    expect((await runner.drain('send-now')).skipped).toBeUndefined();
  });
});
