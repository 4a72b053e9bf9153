import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_RETENTION_DAYS, NotEditableError, RecordNotFoundError, type Storage } from '@/storage';
import { deliveredDossier, dropStorage, freshStorage, readyDossier } from './testDb';

let storage: Storage;
beforeEach(() => {
  storage = freshStorage('retention');
});
afterEach(() => dropStorage(storage));

const DAY = 86_400_000;

describe('document bytes erased after delivery', () => {
  it(`keeps them ${DEFAULT_RETENTION_DAYS} days, then erases the bytes but keeps receipt, names and digests`, async () => {
    const { dossier } = await deliveredDossier(storage);
    const draft = await readyDossier(storage, 1);
    const docs = await storage.listDocuments(dossier.id);
    expect(docs.length).toBeGreaterThan(0);

    expect(await storage.purgeDeliveredDocuments(Date.now() + (DEFAULT_RETENTION_DAYS - 1) * DAY)).toBe(0);
    const later = Date.now() + (DEFAULT_RETENTION_DAYS + 1) * DAY;
    expect(await storage.purgeDeliveredDocuments(later)).toBe(docs.length);

    for (const doc of docs) await expect(storage.getDocumentBytes(doc.id)).rejects.toBeInstanceOf(RecordNotFoundError);
    const kept = await storage.listDocuments(dossier.id);
    expect(kept.map((d) => [d.name, d.sha256, d.bytesPurgedAt])).toEqual(docs.map((d) => [d.name, d.sha256, later]));
    expect(await storage.getReceipt(dossier.id)).toBeDefined();
    expect((await storage.listJournal(dossier.id)).at(-1)?.kind).toBe('documents-purged');
    // A dossier not yet filed keeps everything, and a second pass changes nothing.
    expect(await storage.getDocumentBytes(draft.docs[0]?.id ?? '')).toBeInstanceOf(ArrayBuffer);
    expect(await storage.purgeDeliveredDocuments(later)).toBe(0);
  });

  it('honours another retention', async () => {
    const { dossier } = await deliveredDossier(storage);
    expect(await storage.purgeDeliveredDocuments(Date.now() + 2 * DAY, 1)).toBe((await storage.listDocuments(dossier.id)).length);
  });
});

describe('erasing a dossier', () => {
  it('leaves nothing of it on the device, and touches no other dossier', async () => {
    const { dossier, submissionId } = await deliveredDossier(storage);
    const other = await readyDossier(storage, 1);
    await storage.eraseDossier(dossier.id);
    expect(await storage.getDossier(dossier.id)).toBeUndefined();
    expect(await storage.listDocuments(dossier.id)).toEqual([]);
    expect(await storage.getReceipt(dossier.id)).toBeUndefined();
    expect(await storage.listJournal(dossier.id)).toEqual([]);
    expect(await storage.db.main.blobs.count()).toBe(1);
    expect(await storage.db.main.receipts.get(submissionId)).toBeUndefined();
    expect((await storage.getDossier(other.dossier.id))?.id).toBe(other.dossier.id);
  });

  it('erases a queued dossier with its outbox row, and refuses while it is being sent', async () => {
    const { dossier, request } = await readyDossier(storage, 1);
    await storage.fileDossier(dossier.id, request);
    await storage.applyDossierEvent(dossier.id, 'send');
    await expect(storage.eraseDossier(dossier.id)).rejects.toBeInstanceOf(NotEditableError);
    await storage.applyDossierEvent(dossier.id, 'retry');
    await storage.eraseDossier(dossier.id);
    expect(await storage.listOutbox()).toEqual([]);
    expect(await storage.getDossier(dossier.id)).toBeUndefined();
  });
});
