import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RecordNotFoundError, type OutboxRecord, type Storage } from '@/storage';
import { deliveredDossier, dropStorage, freshStorage, readyDossier } from './testDb';

let storage: Storage;
beforeEach(() => {
  storage = freshStorage('progress');
});
afterEach(() => dropStorage(storage));

const progress = (documentsDone: number) => ({ documentsDone, documentsTotal: 2, bytesSent: documentsDone * 100, bytesTotal: 200, updatedAt: 1000 + documentsDone });

async function queued(): Promise<OutboxRecord> {
  const { dossier, request } = await readyDossier(storage, 2);
  return storage.fileDossier(dossier.id, request);
}

describe('outbox delivery progress', () => {
  it('is shared through the row, kept by other updates and cleared with null', async () => {
    const row = await queued();
    await storage.setOutboxProgress(row.id, progress(1));
    expect((await storage.getOutbox(row.id))?.progress).toEqual(progress(1));
    await storage.updateOutbox(row.id, { attempts: 1, lastError: { kind: 'offline', at: 5 } });
    expect((await storage.listOutbox())[0]?.progress).toEqual(progress(1));
    await storage.setOutboxProgress(row.id, null);
    expect(await storage.getOutbox(row.id)).not.toHaveProperty('progress');
    await storage.setOutboxProgress(row.id, null); // clearing twice is fine
  });

  it('a progress write never touches the other fields of the row', async () => {
    const row = await queued();
    await storage.updateOutbox(row.id, { stage: 'upload', uploaded: [row.documentIds[0] ?? ''] });
    await storage.setOutboxProgress(row.id, progress(1));
    expect(await storage.getOutbox(row.id)).toEqual({ ...row, stage: 'upload', uploaded: [row.documentIds[0]], progress: progress(1) });
  });

  it('refuses a row that does not exist', async () => {
    await expect(storage.setOutboxProgress(crypto.randomUUID(), progress(0))).rejects.toBeInstanceOf(RecordNotFoundError);
  });

  it('a damaged progress is dropped on read: the submission stays in the queue', async () => {
    const row = await queued();
    await storage.db.main.outbox.update(row.id, { progress: { documentsDone: -1 } } as Partial<OutboxRecord>);
    const listed = await storage.listOutbox();
    expect(listed.map((r) => r.id)).toEqual([row.id]);
    expect(listed[0]?.progress).toBeUndefined();
  });

  it('goes with the row when the receipt is stored or the server refuses', async () => {
    const delivered = await queued();
    const refused = await queued();
    for (const row of [delivered, refused]) {
      await storage.applyDossierEvent(row.dossierId, 'send');
      await storage.setOutboxProgress(row.id, progress(2));
    }
    await storage.recordDelivery(delivered.id, { submissionId: delivered.id, number: 'N-1', filedAt: '2026-03-01T09:00:00.000Z', digest: delivered.bodySha256 });
    await storage.recordRefusal(refused.id, { code: 'validation', fields: [] });
    expect(await storage.listOutbox()).toEqual([]);
  });

  it('keeps a sign-in pause with its reason', async () => {
    const row = await queued();
    await storage.updateOutbox(row.id, { lastError: { kind: 'sign-in', status: 401, at: 7 } });
    expect((await storage.getOutbox(row.id))?.lastError).toEqual({ kind: 'sign-in', status: 401, at: 7 });
  });
});

describe('receipt signatures', () => {
  it('stores the key id and the signature of a signed receipt, and only the receipt fields', async () => {
    const row = await queued();
    await storage.applyDossierEvent(row.dossierId, 'send');
    const signed = { submissionId: row.id, number: 'N-2', filedAt: '2026-03-01T09:00:00.000Z', digest: row.bodySha256, keyId: 'relais-2026', signature: 'c2ln' };
    const stored = await storage.recordDelivery(row.id, { ...signed, extra: 'not kept' } as typeof signed);
    expect(stored).toEqual({ ...signed, dossierId: row.dossierId, storedAt: stored.storedAt });
    expect(await storage.getReceipt(row.dossierId)).toEqual(stored);
  });

  it('still reads a receipt whose signature was altered: the check says "tampered", not the parser', async () => {
    const { dossier } = await deliveredDossier(storage);
    // A row in the pre-v5 clear shape (a sealed one altered on disk fails to open: vault.test.ts).
    const receipt = await storage.getReceipt(dossier.id);
    if (!receipt) throw new Error('delivered');
    await storage.db.main.receipts.put({ ...receipt, keyId: 'k', signature: 'not base64url!' });
    expect(await storage.getReceipt(dossier.id)).toMatchObject({ keyId: 'k', signature: 'not base64url!' });
  });

  it('seals the receipt: its number is not on disk in clear, and reads back whole', async () => {
    const { dossier, submissionId } = await deliveredDossier(storage);
    const raw = await storage.db.main.receipts.get(submissionId);
    expect(raw).toMatchObject({ submissionId, dossierId: dossier.id, content: { v: 1 } });
    expect(JSON.stringify(raw)).not.toContain('ANEF-');
    expect((await storage.getReceipt(dossier.id))?.number).toMatch(/^ANEF-/);
  });

  it('an unsigned receipt stays unsigned (no empty key id or signature)', async () => {
    const { dossier } = await deliveredDossier(storage);
    const receipt = await storage.getReceipt(dossier.id);
    expect(receipt).toBeDefined();
    expect(receipt).not.toHaveProperty('keyId');
    expect(receipt).not.toHaveProperty('signature');
  });

  it('reads a receipt stored before signatures existed', async () => {
    const { dossier, submissionId } = await deliveredDossier(storage);
    // Exactly the shape older builds wrote: no keyId, no signature.
    const old = { submissionId, number: 'ANEF-2025-000009', filedAt: '2025-12-01T09:00:00.000Z', digest: 'b'.repeat(64), dossierId: dossier.id, storedAt: 9e12 };
    await storage.db.main.receipts.put(old);
    expect(await storage.getReceipt(dossier.id)).toEqual(old);
    expect(await storage.listFollowedSubmissions()).toEqual([{ submissionId, dossierId: dossier.id }]);
  });
});
