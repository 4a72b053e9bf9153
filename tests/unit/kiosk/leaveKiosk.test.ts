import { afterEach, describe, expect, it } from 'vitest';
import { beginKioskVisit, leaveKiosk } from '@/state/kioskErase';
import { deleteRelaisDb, dropOwnerKey, getDb, getDeviceMode, getKioskLeftBehind, getPreferredLanguage, getStorage, heldOwnerId, setDeviceMode, setPreferredLanguage } from '@/storage';
import { readyDossier } from '../storage/testDb';

// The kiosk works on the app's own database (getStorage()), as the screen does.
afterEach(async () => {
  dropOwnerKey();
  await deleteRelaisDb(getDb());
});

describe('kiosk: the device stops being one', () => {
  it("without leaveKiosk, the visit's dossiers and the next mode's are stranded under a key that dies with the page", async () => {
    const storage = getStorage();
    await setDeviceMode('kiosk');
    await beginKioskVisit();
    const visit = await storage.createDossier({ procedureId: 'p', procedureVersion: '1', language: 'fr', firstStep: 's' });
    // What switching did before: only the mode saved, the visit's key still held.
    await setDeviceMode('personal');
    const mine = await storage.createDossier({ procedureId: 'p', procedureVersion: '1', language: 'fr', firstStep: 's' });
    expect(mine.ownerId).toMatch(/^session-/);

    dropOwnerKey(); // the page reloads
    expect(await storage.getDossier(visit.id)).toMatchObject({ locked: true });
    expect(await storage.getDossier(mine.id)).toMatchObject({ locked: true });
  });

  it('erases the visit as a reset does, keeps a filed dossier for delivery, then saves the mode and drops the key', async () => {
    const storage = getStorage();
    await setDeviceMode('kiosk');
    await beginKioskVisit();
    const draft = await storage.createDossier({ procedureId: 'p', procedureVersion: '1', language: 'ar', firstStep: 's' });
    const queued = await readyDossier(storage, 1, { familyName: 'Visiteur' });
    const row = await storage.fileDossier(queued.dossier.id, queued.request);
    await setPreferredLanguage('en');

    let heldWhileSaving: string | null = null;
    await leaveKiosk(async () => {
      heldWhileSaving = heldOwnerId();
      await setDeviceMode('personal');
    });

    expect(await getDeviceMode()).toBe('personal');
    expect(await storage.getDossier(draft.id)).toBeUndefined();
    // Left behind: its answers sealed shut under the visit's key, its body still the sender's to read.
    expect(await storage.getDossier(queued.dossier.id)).toMatchObject({ locked: true, status: 'queued' });
    expect((await storage.getOutbox(row.id))?.body).toBe(JSON.stringify(queued.request));
    expect(await getKioskLeftBehind()).toEqual([queued.dossier.id]);
    // Whoever switches the mode is not a visitor: their language stays.
    expect(await getPreferredLanguage()).toBe('en');

    // The save ran under a fresh visit key (what was left of the visit no key opens); then no key.
    expect(heldWhileSaving).toMatch(/^session-/);
    expect(heldOwnerId()).toBeNull();
    const mine = await storage.createDossier({ procedureId: 'p', procedureVersion: '1', language: 'fr', firstStep: 's' });
    expect(mine.ownerId).toBeUndefined();
    dropOwnerKey(); // a reload: the new mode's dossier is still readable
    expect(await storage.getDossier(mine.id)).toMatchObject({ id: mine.id, status: 'draft' });
    expect(await storage.getDossier(mine.id)).not.toHaveProperty('locked', true);
  });

  it('a failed save leaves a kiosk that goes on, with a visit key held', async () => {
    const storage = getStorage();
    await setDeviceMode('kiosk');
    await beginKioskVisit();
    const first = heldOwnerId();
    await storage.createDossier({ procedureId: 'p', procedureVersion: '1', language: 'fr', firstStep: 's' });

    await expect(leaveKiosk(() => Promise.reject(new Error('disk full')))).rejects.toThrow('disk full');
    expect(await getDeviceMode()).toBe('kiosk');
    expect(heldOwnerId()).toMatch(/^session-/);
    expect(heldOwnerId()).not.toBe(first);
    expect(await storage.listDossiers()).toEqual([]);
  });
});
