import { useSyncExternalStore } from 'react';
import { navigate } from './navigation';
import { dropOwnerKey, heldOwnerId, type ProfilePurpose } from '@/storage';
import { settleWrites } from './pendingWrites';

/**
 * Which mediator's profile this page has unlocked, for the screens: storage holds the key itself
 * (src/storage/vault.ts), this says who the screens work for. Memory only: a reload, another tab
 * or a crash starts locked, and nothing about the profile reaches localStorage or the URL. Kept
 * tiny because the app shell (header, home list) reads it on every device; the lock screen itself
 * is a lazy chunk.
 */
export type UnlockedProfile = { id: string; name: string; purpose?: ProfilePurpose };

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

/** True while the owner's code is being set: its row exists a moment before its key is said held. */
let settingCode = false;

export function useSettingOwnerCode(): boolean {
  return useSyncExternalStore(subscribe, () => settingCode);
}

/**
 * Runs the setting of the owner's code (which ends with profileUnlocked) with the gate kept open:
 * the lock screen must not replace the device screen between the stored row and the held key.
 */
export async function whileSettingOwnerCode<T>(work: () => Promise<T>): Promise<T> {
  settingCode = true;
  emit();
  try {
    return await work();
  } finally {
    settingCode = false;
    emit();
  }
}

/**
 * The lock screen calls it once storage holds the profile's key (createProfile, unlockProfile);
 * `purpose: 'owner'` for a personal phone's own code. `focus: false` when the screen stays (the
 * device screen, where the owner has just set a code) and says the outcome itself.
 */
export function profileUnlocked(profile: UnlockedProfile, { focus = true }: { focus?: boolean } = {}): void {
  unlocked = { id: profile.id, name: profile.name, ...(profile.purpose === 'owner' ? { purpose: 'owner' as const } : {}) };
  emit();
  if (!focus) return;
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

/** The phone's owner removed their code: storage has dropped the key already; the screen stays. */
export function ownerCodeRemoved(): void {
  unlocked = null;
  dropping = null;
  emit();
}
