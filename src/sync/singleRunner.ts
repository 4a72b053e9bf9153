/**
 * One sender at a time across the page(s) and the service worker. In the browser this is a Web Lock
 * (`navigator.locks`, shared by every context of the origin, released when the holder dies): with
 * `ifAvailable`, a second context does not wait, it skips — the holder is already draining and will
 * see rows filed meanwhile on its next pass. Where Web Locks do not exist (old browsers, Node
 * tests) an in-process try-lock gives the same guarantee within one JavaScript context.
 */
export interface LockManagerLike {
  request<T>(
    name: string,
    options: { ifAvailable: boolean },
    callback: (lock: unknown) => Promise<T>,
  ): Promise<T>;
}

export const SKIPPED = Symbol('skipped');

const heldInProcess = new Set<string>();

export function defaultLocks(): LockManagerLike | undefined {
  const nav = (globalThis as { navigator?: { locks?: LockManagerLike } }).navigator;
  return nav?.locks;
}

export async function runExclusive<T>(
  name: string,
  task: () => Promise<T>,
  locks: LockManagerLike | null,
): Promise<T | typeof SKIPPED> {
  if (locks) {
    return locks.request(name, { ifAvailable: true }, async (lock) => (lock ? task() : SKIPPED));
  }
  if (heldInProcess.has(name)) return SKIPPED;
  heldInProcess.add(name);
  try {
    return await task();
  } finally {
    heldInProcess.delete(name);
  }
}
