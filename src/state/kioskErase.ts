import { isWaitingForNetwork } from '@/domain';
import {
  addKioskLeftBehind,
  dropOwnerKey,
  eraseDossier,
  getDossier,
  getKioskLeftBehind,
  listDossiers,
  NotEditableError,
  removeKioskLeftBehind,
  setPreferredLanguage,
  startSessionKey,
} from '@/storage';

/**
 * A kiosk keeps nothing of a person once they leave (docs/design.md): every dossier goes, with its
 * documents, receipt, attestations, mandates and history (storage's eraseDossier), except one
 * filed and still waiting for the network — erasing it would silently cancel the filing. Those
 * are "left behind": hidden from the next person and erased as soon as they are delivered.
 *
 * Each visit has its own key, held in memory only (src/storage/vault.ts): the next visit's key
 * replaces it FIRST, so whatever IndexedDB's files still hold of this person (LevelDB only appends)
 * is sealed under a key that no longer exists. What is left behind stays readable to the sender
 * only: its outbox body and documents were sealed under the device key when it was filed.
 */
export async function eraseKioskSession(): Promise<void> {
  await startSessionKey();
  await eraseVisits({ resetLanguage: true });
}

/**
 * A kiosk's start begins a visit: a visit that ended without a reset (the page reloaded, the
 * kiosk restarted) left dossiers that no key held any more opens; they go like at a reset.
 */
export async function beginKioskVisit(): Promise<void> {
  await startSessionKey();
  const locked = (await listDossiers()).filter((d) => d.locked === true);
  if (locked.length > 0) await eraseVisits({ resetLanguage: false });
}

/**
 * The device stops being a kiosk (the device screen): the visit ends as at a reset, with the
 * same exception for a filed dossier still waiting for the network (its body and documents are
 * under the device key: still delivered). Without it, the visit's dossiers would stay sealed under
 * a key that dies with the page, hidden rows no other mode erases, and until the next reload the
 * new mode would go on sealing its own dossiers under that key too. The language stays: whoever
 * changes the mode is not a visitor. `saveMode` runs before the key is dropped, so a failed save
 * leaves a kiosk that goes on as after a reset.
 */
export async function leaveKiosk(saveMode: () => Promise<void>): Promise<void> {
  await startSessionKey();
  await eraseVisits({ resetLanguage: false });
  await saveMode();
  dropOwnerKey();
}

async function eraseVisits({ resetLanguage }: { resetLanguage: boolean }): Promise<void> {
  const dossiers = await listDossiers();
  const waiting = dossiers.filter((d) => isWaitingForNetwork(d.status)).map((d) => d.id);
  // Recorded first: if the page dies half-way, the sweep still knows what to erase after delivery.
  await addKioskLeftBehind(waiting);
  // The next person is greeted in French, whatever language the previous one chose.
  if (resetLanguage) await setPreferredLanguage('fr');
  let failure: Error | null = null;
  for (const dossier of dossiers) {
    if (isWaitingForNetwork(dossier.status)) continue;
    try {
      await eraseDossier(dossier.id);
    } catch (error) {
      // Filed a moment ago and taken by the sender meanwhile: it now waits like the others.
      if (error instanceof NotEditableError) await addKioskLeftBehind([dossier.id]);
      // Any other failure: erase the others all the same, then say so.
      else failure ??= error instanceof Error ? error : new Error(String(error));
    }
  }
  if (failure !== null) throw failure;
}

/**
 * What the sweep depends on, for storage's `observe`: the left-behind list and those dossiers'
 * statuses only, so that a keystroke in the current person's form does not wake it.
 */
export async function listLeftBehindState(): Promise<(string | undefined)[]> {
  const ids = await getKioskLeftBehind();
  return Promise.all(ids.map(async (id) => (await getDossier(id).catch(() => undefined))?.status));
}

let sweeping: Promise<void> = Promise.resolve();

/**
 * Erases the left-behind dossiers that no longer wait (delivered, or refused: nobody is there to
 * correct them). Run whenever the dossiers change, from this page or from the service worker's
 * delivery; one sweep at a time.
 */
export function sweepLeftBehind(): Promise<void> {
  sweeping = sweeping.then(sweepOnce, sweepOnce);
  return sweeping;
}

async function sweepOnce(): Promise<void> {
  const leftBehind = await getKioskLeftBehind();
  if (leftBehind.length === 0) return;
  const byId = new Map((await listDossiers()).map((d) => [d.id, d]));
  const done: string[] = [];
  for (const id of leftBehind) {
    const dossier = byId.get(id);
    if (dossier && isWaitingForNetwork(dossier.status)) continue;
    try {
      if (dossier) await eraseDossier(id);
      done.push(id);
    } catch {
      // Sending again at this very moment: the next change of the dossiers tries again.
    }
  }
  if (done.length > 0) await removeKioskLeftBehind(done);
}
