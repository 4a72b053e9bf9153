/**
 * Writes still on their way to storage, so that locking a mediator's profile can wait for them
 * before dropping the key: the form's last autosave (flushed as the form unmounts) must be sealed
 * under the key of the profile that typed it, not under whatever key is held a moment later.
 */
const pending = new Set<Promise<unknown>>();

export function trackWrite<T>(write: Promise<T>): Promise<T> {
  pending.add(write);
  const forget = () => pending.delete(write);
  write.then(forget, forget);
  return write;
}

/** Resolves once every write tracked so far (and any started meanwhile) has landed or failed. */
export async function settleWrites(): Promise<void> {
  while (pending.size > 0) await Promise.allSettled([...pending]);
}
