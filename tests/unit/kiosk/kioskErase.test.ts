import { afterEach, describe, expect, it } from 'vitest';
import { beginKioskVisit, eraseKioskSession, sweepLeftBehind } from '@/state/kioskErase';
import { deleteRelaisDb, dropOwnerKey, getDb, getKioskLeftBehind, getPreferredLanguage, getStorage, heldOwnerId, setPreferredLanguage } from '@/storage';
import { readyDossier } from '../storage/testDb';

// The kiosk works on the app's own database (getStorage()), as the screen does.
afterEach(async () => {
  dropOwnerKey();
  await deleteRelaisDb(getDb());
});

const receiptFor = (submissionId: string) => ({
  submissionId,
  number: 'ANEF-2026-000042',
  filedAt: '2026-03-01T09:00:00.000Z',
  digest: 'a'.repeat(64),
});

describe('kiosk: erasing a person who left', () => {
  it('erases every dossier except those waiting for the network, and puts French back', async () => {
    const storage = getStorage();
    const draft = await storage.createDossier({ procedureId: 'p', procedureVersion: '1', language: 'ar', firstStep: 's' });
    const ready = await readyDossier(storage, 1);
    const queued = await readyDossier(storage, 1);
    const row = await storage.fileDossier(queued.dossier.id, queued.request);
    const sending = await readyDossier(storage, 1);
    await storage.fileDossier(sending.dossier.id, sending.request);
    await storage.applyDossierEvent(sending.dossier.id, 'send');
    await setPreferredLanguage('ar');

    await eraseKioskSession();

    expect((await storage.listDossiers()).map((d) => d.id).sort()).toEqual([queued.dossier.id, sending.dossier.id].sort());
    expect(await storage.getDossier(draft.id)).toBeUndefined();
    expect(await storage.listDocuments(ready.dossier.id)).toEqual([]);
    expect(await storage.listJournal(ready.dossier.id)).toEqual([]);
    expect(await storage.listDocuments(queued.dossier.id)).toHaveLength(1);
    expect((await getKioskLeftBehind()).sort()).toEqual([queued.dossier.id, sending.dossier.id].sort());
    expect(await getPreferredLanguage()).toBe('fr');

    // Still waiting: the sweep keeps it.
    await sweepLeftBehind();
    expect(await storage.getDossier(queued.dossier.id)).toBeDefined();

    // Delivered: the sweep erases it, receipt included, and forgets it.
    await storage.applyDossierEvent(queued.dossier.id, 'send');
    await storage.recordDelivery(row.id, receiptFor(row.id));
    await sweepLeftBehind();
    expect(await storage.getDossier(queued.dossier.id)).toBeUndefined();
    expect(await storage.getReceipt(queued.dossier.id)).toBeUndefined();
    expect(await storage.getOutboxByDossier(queued.dossier.id)).toBeUndefined();
    expect(await getKioskLeftBehind()).toEqual([sending.dossier.id]);
  });

  it('the sweep never touches the dossiers of the person at the screen', async () => {
    const storage = getStorage();
    const mine = await readyDossier(storage, 1);
    const row = await storage.fileDossier(mine.dossier.id, mine.request);
    await storage.applyDossierEvent(mine.dossier.id, 'send');
    await storage.recordDelivery(row.id, receiptFor(row.id));
    await sweepLeftBehind();
    expect((await storage.getDossier(mine.dossier.id))?.status).toBe('delivered');
  });

  it("each visit has its own key: the reset replaces it, so the person's data opens no more", async () => {
    const storage = getStorage();
    await beginKioskVisit();
    const first = heldOwnerId();
    expect(first).toMatch(/^session-/);
    const queued = await readyDossier(storage, 1, { familyName: 'Visiteur' });
    const row = await storage.fileDossier(queued.dossier.id, queued.request);

    await eraseKioskSession();
    expect(heldOwnerId()).not.toBe(first);
    // Left behind, still deliverable (body and documents under the device key), its answers sealed shut.
    expect(await storage.getDossier(queued.dossier.id)).toMatchObject({ locked: true });
    expect((await storage.getOutbox(row.id))?.body).toBe(JSON.stringify(queued.request));
  });

  it('a visit cut short by a reload is erased when the kiosk starts again; a filed dossier still waits', async () => {
    const storage = getStorage();
    await beginKioskVisit();
    const draft = await storage.createDossier({ procedureId: 'p', procedureVersion: '1', language: 'ar', firstStep: 's' });
    const queued = await readyDossier(storage, 1);
    await storage.fileDossier(queued.dossier.id, queued.request);
    await setPreferredLanguage('ar');

    dropOwnerKey(); // the page reloads: memory, and the visit's key with it, is gone
    await beginKioskVisit();
    expect(await storage.getDossier(draft.id)).toBeUndefined();
    expect((await storage.getDossier(queued.dossier.id))?.status).toBe('queued');
    expect(await getKioskLeftBehind()).toEqual([queued.dossier.id]);
    // Not a reset: the person now at the screen keeps the language they may have just chosen.
    expect(await getPreferredLanguage()).toBe('ar');
  });
});
