import { afterEach, describe, expect, it } from 'vitest';
import { eraseKioskSession, sweepLeftBehind } from '@/features/kiosk/kioskErase';
import { deleteRelaisDb, getDb, getKioskLeftBehind, getPreferredLanguage, getStorage, setPreferredLanguage } from '@/storage';
import { readyDossier } from '../storage/testDb';

// The kiosk works on the app's own database (getStorage()), as the screen does.
afterEach(() => deleteRelaisDb(getDb()));

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
});
