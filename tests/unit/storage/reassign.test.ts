import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dropOwnerKey, holdOwnerKey, LockedRecordError, ReassignConflictError, type Storage } from '@/storage';
import { generateDataKey } from '@/storage/crypto';
import { dropStorage, freshStorage, opened, readyDossier } from './testDb';

/** A phone's owner sets a code: the dossiers already there move under it; removing it moves them back. */
let storage: Storage;
beforeEach(() => {
  storage = freshStorage('reassign');
});
afterEach(async () => {
  dropOwnerKey();
  await dropStorage(storage);
});

const keyOf = (value: unknown) => (value as { k?: string } | undefined)?.k;

describe('reassignDossiers', () => {
  it('moves answers, what describes the dossier and its documents, its history and a draft’s bytes under the new key, and back', async () => {
    const draft = await readyDossier(storage, 1, { familyName: 'Avant' });
    const filed = await readyDossier(storage, 1, { familyName: 'Déposé' });
    await storage.fileDossier(filed.dossier.id, filed.request);
    const quality = { width: 10, height: 10, brightness: 100, sharpness: 100, warnings: [] };
    await storage.saveDraftPages(draft.dossier.id, 'proof-of-address', [{ id: 'page-1', name: 'quittance.jpg', jpeg: new Uint8Array([1, 2, 3]).buffer, width: 10, height: 10, cropped: false, quality }]);

    const key = await generateDataKey();
    holdOwnerKey('owner-1', key);
    expect(await storage.reassignDossiers(null, 'owner-1')).toBe(2);

    const row = await storage.db.main.dossiers.get(draft.dossier.id);
    expect(row?.ownerId).toBe('owner-1');
    expect(keyOf(row?.answers.familyName)).toBe('owner-1');
    expect(keyOf((await storage.db.main.documents.get(draft.docs[0]?.id ?? ''))?.name)).toBe('owner-1');
    for (const field of ['procedureId', 'procedureVersion', 'language', 'currentStep'] as const) expect(keyOf(row?.[field])).toBe('owner-1');
    const doc = await storage.db.main.documents.get(draft.docs[0]?.id ?? '');
    expect([keyOf(doc?.type), keyOf(doc?.mime)]).toEqual(['owner-1', 'owner-1']);
    const lines = await storage.db.main.journal.where('dossierId').equals(draft.dossier.id).toArray();
    expect(lines.map((line) => ('line' in line ? keyOf(line.line) : 'clear'))).toEqual(lines.map(() => 'owner-1'));
    expect(keyOf((await storage.db.main.blobs.get(draft.docs[0]?.id ?? ''))?.bytes)).toBe('owner-1');
    // A page photographed and not yet saved moves too.
    const page = await storage.db.main.draftPages.get('page-1');
    expect([keyOf(page?.content), keyOf(page?.bytes)]).toEqual(['owner-1', 'owner-1']);
    // Filed: its bytes stay where the sender can read them with nobody signed in.
    expect(keyOf((await storage.db.main.blobs.get(filed.docs[0]?.id ?? ''))?.bytes)).toBe('device');

    dropOwnerKey();
    expect(await storage.getDossier(draft.dossier.id)).toMatchObject({ locked: true });
    holdOwnerKey('owner-1', key);
    expect(opened(await storage.getDossier(draft.dossier.id)).answers.familyName).toBe('Avant');
    expect((await storage.listDocuments(draft.dossier.id)).map((d) => d.name)).toEqual(['scan-0.pdf']);

    expect(await storage.reassignDossiers('owner-1', null)).toBe(2);
    dropOwnerKey();
    const back = opened(await storage.getDossier(draft.dossier.id));
    expect(back?.ownerId).toBeUndefined();
    expect(back?.answers.familyName).toBe('Avant');
    expect(new TextDecoder().decode(await storage.getDocumentBytes(draft.docs[0]?.id ?? ''))).toMatch(/^%PDF/);
    expect((await storage.listDraftPages(draft.dossier.id, 'proof-of-address')).map((p) => new Uint8Array(p.jpeg)[2])).toEqual([3]);
    expect(back.procedureId).toBe('renewal-vpf');
    expect((await storage.listDocuments(draft.dossier.id))[0]).toMatchObject({ type: 'passport', mime: 'application/pdf' });
    expect((await storage.listJournal(draft.dossier.id)).map((l) => l.kind)).toEqual(['created', 'answers-changed', 'document-added']);
  });

  it('refuses when the key of the dossiers to move is not at hand, and writes nothing', async () => {
    holdOwnerKey('owner-1', await generateDataKey());
    const { dossier } = await readyDossier(storage, 0, { familyName: 'Clé' });
    dropOwnerKey();
    await expect(storage.reassignDossiers('owner-1', null)).rejects.toBeInstanceOf(LockedRecordError);
    expect((await storage.db.main.dossiers.get(dossier.id))?.ownerId).toBe('owner-1');
  });

  it('a dossier changed meanwhile is left as it was (try again)', async () => {
    const { dossier } = await readyDossier(storage, 0, { familyName: 'Avant' });
    holdOwnerKey('owner-1', await generateDataKey());
    const racing = storage.reassignDossiers(null, 'owner-1');
    await storage.db.main.dossiers.update(dossier.id, { updatedAt: Date.now() + 1_000 });
    await expect(racing).rejects.toBeInstanceOf(ReassignConflictError);
    expect((await storage.db.main.dossiers.get(dossier.id))?.ownerId).toBeUndefined();
  });
});
