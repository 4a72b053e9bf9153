import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IllegalTransitionError } from '@/domain/dossierStatus';
import { FilingMismatchError, sha256Hex, type Storage } from '@/storage';
import { failWrites, spyDurability } from './middleware';
import { dropStorage, freshStorage, readyDossier } from './testDb';

let storage: Storage;
beforeEach(() => {
  storage = freshStorage();
});
afterEach(() => dropStorage(storage));

const receiptFor = (submissionId: string) => ({
  submissionId,
  number: 'ANEF-2026-000001',
  filedAt: '2026-03-01T09:00:00.000Z',
  digest: 'a'.repeat(64),
});

describe('filing', () => {
  it('files only a ready dossier: one strict transaction, row created, status queued', async () => {
    const strictDurability = spyDurability(storage.db.strict);
    const { dossier, docs, request } = await readyDossier(storage, 2);
    const row = await storage.fileDossier(dossier.id, request);

    expect(row.body).toBe(JSON.stringify(request));
    expect(row.bodySha256).toBe(await sha256Hex(row.body));
    expect(row.documentIds).toEqual(docs.map((d) => d.id));
    expect(row).toMatchObject({ stage: 'create', attempts: 0, uploaded: [], dossierId: dossier.id });
    const filed = await storage.getDossier(dossier.id);
    expect(filed?.status).toBe('queued');
    expect(filed?.submissionId).toBe(row.id);
    expect(await storage.getOutboxByDossier(dossier.id)).toEqual(row);
    // The first is the device key, stored once per device at the first save (strict: data sealed
    // under a key that a crash lost would be lost too); the second is the filing itself.
    expect(strictDurability).toEqual(['strict', 'strict']);
  });

  it('refuses a draft and a second filing', async () => {
    const draft = await storage.createDossier({ procedureId: 'p', procedureVersion: '1', language: 'fr', firstStep: 's' });
    const { request } = await readyDossier(storage);
    await expect(storage.fileDossier(draft.id, request)).rejects.toBeInstanceOf(IllegalTransitionError);
    const { dossier, request: own } = await readyDossier(storage);
    await storage.fileDossier(dossier.id, own);
    await expect(storage.fileDossier(dossier.id, own)).rejects.toBeInstanceOf(IllegalTransitionError);
    expect(await storage.listOutbox()).toHaveLength(1);
  });

  it('refuses a request whose manifest does not match the stored documents', async () => {
    const { dossier, request } = await readyDossier(storage);
    const tampered = { ...request, documents: request.documents.map((d) => ({ ...d, sha256: 'b'.repeat(64) })) };
    await expect(storage.fileDossier(dossier.id, tampered)).rejects.toBeInstanceOf(FilingMismatchError);
    expect((await storage.getDossier(dossier.id))?.status).toBe('ready');
    expect(await storage.listOutbox()).toEqual([]);
  });

  it('updates progress and clears lastError with null', async () => {
    const { dossier, request } = await readyDossier(storage);
    const row = await storage.fileDossier(dossier.id, request);
    await storage.updateOutbox(row.id, { attempts: 1, lastError: { kind: 'offline', at: 1 } });
    expect((await storage.getOutbox(row.id))?.lastError).toEqual({ kind: 'offline', at: 1 });
    const next = await storage.updateOutbox(row.id, { stage: 'upload', uploaded: ['x'], lastError: null });
    expect(next).not.toHaveProperty('lastError');
    expect(next).toMatchObject({ stage: 'upload', uploaded: ['x'], attempts: 1 });
  });
});

describe('delivery and refusal', () => {
  it('stores the receipt, marks delivered and deletes the row, strictly', async () => {
    const seen = spyDurability(storage.db.strict);
    const { dossier, request } = await readyDossier(storage);
    const row = await storage.fileDossier(dossier.id, request);
    await storage.applyDossierEvent(dossier.id, 'send');
    seen.length = 0;
    await storage.recordDelivery(row.id, receiptFor(row.id));
    expect(seen).toEqual(['strict']);
    expect((await storage.getDossier(dossier.id))?.status).toBe('delivered');
    expect(await storage.getOutbox(row.id)).toBeUndefined();
    expect(await storage.getReceipt(dossier.id)).toMatchObject({ ...receiptFor(row.id), dossierId: dossier.id });
    // A second delivery of the same receipt (answer replayed) is harmless.
    await expect(storage.recordDelivery(row.id, receiptFor(row.id))).resolves.toMatchObject({ submissionId: row.id });
  });

  it('is atomic: if deleting the row fails, no receipt and no status change remain', async () => {
    let armed = false;
    failWrites(storage.db.strict, (table, req) =>
      armed && table === 'outbox' && req.type === 'delete' ? new Error('boom') : null,
    );
    const { dossier, request } = await readyDossier(storage);
    const row = await storage.fileDossier(dossier.id, request);
    await storage.applyDossierEvent(dossier.id, 'send');
    armed = true;
    await expect(storage.recordDelivery(row.id, receiptFor(row.id))).rejects.toThrow();
    expect(await storage.getReceipt(dossier.id)).toBeUndefined();
    expect((await storage.getDossier(dossier.id))?.status).toBe('sending');
    expect(await storage.getOutbox(row.id)).toBeDefined();
  });

  it('a refusal sends the dossier back with its fields and drops the row', async () => {
    const { dossier, request } = await readyDossier(storage);
    const row = await storage.fileDossier(dossier.id, request);
    await storage.applyDossierEvent(dossier.id, 'send');
    const fields = [{ field: 'familyName', code: 'required' }];
    await storage.recordRefusal(row.id, { code: 'validation', fields });
    const refused = await storage.getDossier(dossier.id);
    expect(refused).toMatchObject({ status: 'needs-correction', refusal: { code: 'validation', fields } });
    expect(refused).not.toHaveProperty('submissionId');
    expect(await storage.listOutbox()).toEqual([]);
  });
});
