import { useSyncExternalStore } from 'react';
import { navigate } from '@/app/navigation';
import { dropOwnerKey, heldOwnerId } from '@/storage';
import { settleWrites } from '@/features/shared/pendingWrites';

/**
 * Which mediator's profile this page has unlocked, for the screens: storage holds the key itself
 * (src/storage/vault.ts), this says who the screens work for. Memory only: a reload, another tab
 * or a crash starts locked, and nothing about the profile reaches localStorage or the URL. Kept
 * tiny because the app shell (header, home list) reads it on every device; the lock screen itself
 * is a lazy chunk.
 */
export type UnlockedProfile = { id: string; name: string };

let unlocked: UnlockedProfile | null = null;
/** The profile whose key is still to be dropped once the writes it started have landed. */
let dropping: string | null = null;
const listeners = new Set<() => void>();

function emit(): void {
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useUnlockedProfile(): UnlockedProfile | null {
  return useSyncExternalStore(subscribe, () => unlocked);
}

/** The lock screen calls it once storage holds the profile's key (createProfile, unlockProfile). */
export function profileUnlocked(profile: UnlockedProfile): void {
  unlocked = { id: profile.id, name: profile.name };
  emit();
  // The form that had the focus is gone: the screen starts at its top, the keyboard in its content.
  requestAnimationFrame(() => {
    window.scrollTo(0, 0);
    document.getElementById('main')?.focus();
  });
}

/**
 * Lock on demand or when idle. The screen goes home at once (replace: Back does not bring a
 * person's form back) and the lock screen takes its place, so nothing of anyone stays on display.
 * The key is dropped by `finishLock`, after the unmounted form's last autosave has been sealed
 * under it: dropped earlier, that save would be sealed under another key.
 */
export function lockNow({ goHome = true }: { goHome?: boolean } = {}): void {
  if (unlocked === null) return;
  dropping = unlocked.id;
  unlocked = null;
  if (goHome) navigate({ name: 'home' }, { replace: true });
  emit();
  // In case no lock screen mounts to finish it (the device left mediator mode at that moment).
  setTimeout(() => void finishLock(), 1_000);
}

/**
 * Called by the lock screen as it mounts: React runs the old screens' cleanups (and so the form's
 * last flush) before the new screen's effects, so the writes to wait for are all tracked by then.
 */
export async function finishLock(): Promise<void> {
  const profileId = dropping;
  if (profileId === null) return;
  await settleWrites();
  // Unless that same profile (or another) was unlocked again meanwhile: then its key stays held.
  if (dropping === profileId && unlocked === null && heldOwnerId() === profileId) dropOwnerKey();
  if (dropping === profileId) dropping = null;
}
