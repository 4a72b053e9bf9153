import { getStorage } from '@/storage';
import { createApiClient, refreshFollowUps } from '@/sync';

/**
 * Fetches the prefecture's progress and attestations for filed dossiers when the app opens, when
 * the network returns, and when the person asks. One check at a time; a request during a check
 * runs once more after it, so a tap on "Check now" is never lost.
 */
const api = createApiClient({});
let running: Promise<void> | null = null;
let again = false;

export function requestFollowUp(): void {
  if (running) {
    again = true;
    return;
  }
  running = (async () => {
    do {
      again = false;
      // A failure is recorded per dossier (the screen says the last check did not succeed).
      await refreshFollowUps(api, getStorage()).catch(() => undefined);
    } while (again);
  })().finally(() => {
    running = null;
  });
}

export function installFollowUpTriggers(): () => void {
  const onOnline = () => requestFollowUp();
  window.addEventListener('online', onOnline);
  requestFollowUp();
  return () => window.removeEventListener('online', onOnline);
}
