import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  dropOwnerKey,
  holdOwnerKey,
  LockedRecordError,
  startSessionKey,
  TamperedRecordError,
  type Storage,
} from '@/storage';
import { newMandate } from '@/domain';
import { generateDataKey } from '@/storage/crypto';
import type { JournalEntry } from '@/storage/records';
import { vaultOf } from '@/storage/vault';
import { dropStorage, freshStorage, opened, readyDossier } from './testDb';

/**
 * Encryption at rest, through the repositories the app uses (issue 6): what IndexedDB holds is
 * ciphertext, what the app reads is the person's data, and an altered value is refused, never shown.
 */
let storage: Storage;
beforeEach(() => {
  storage = freshStorage('vault');
});
afterEach(async () => {
  dropOwnerKey();
  await dropStorage(storage);
});

const CANARY = 'CANARY-Zerhouni-0b7e';
const text = (value: unknown) => JSON.stringify(value, (_k, v: unknown) => (v instanceof ArrayBuffer || ArrayBuffer.isView(v) ? Buffer.from(v as ArrayBuffer).toString('latin1') : v));

describe('sealed at rest', () => {
  it('stores answers, document bytes and the outbox body as ciphertext, and reads them back', async () => {
    const { dossier, docs, request } = await readyDossier(storage, 1, { familyName: CANARY, hasChildren: true, arrival: null });
    const row = await storage.fileDossier(dossier.id, request);

    const raw = {
      dossier: await storage.db.main.dossiers.get(dossier.id),
      blob: await storage.db.main.blobs.get(docs[0]?.id ?? ''),
      document: await storage.db.main.documents.get(docs[0]?.id ?? ''),
      outbox: await storage.db.main.outbox.get(row.id),
    };
    expect(text(raw)).not.toContain(CANARY);
    expect(text(raw)).not.toContain('%PDF');
    expect(text(raw)).not.toContain('scan-0.pdf'); // a file name often holds the person's name
    expect(raw.dossier?.answers.familyName).toMatchObject({ v: 1, k: 'device' });

    const read = opened(await storage.getDossier(dossier.id));
    // Types survive sealing: true stays a boolean, null stays null, "true" would stay a string.
    expect(read.answers).toEqual({ familyName: CANARY, hasChildren: true, arrival: null });
    expect(new TextDecoder().decode(await storage.getDocumentBytes(docs[0]?.id ?? ''))).toMatch(/^%PDF-1\.4/);
    expect((await storage.getOutbox(row.id))?.body).toBe(JSON.stringify(request));
    expect((await storage.listDocuments(dossier.id)).map((d) => d.name)).toEqual(['scan-0.pdf']);
  });

  it('gives each seal a fresh IV: the same answer twice is two unrelated ciphertexts', async () => {
    const a = await readyDossier(storage, 0, { familyName: CANARY });
    const b = await readyDossier(storage, 0, { familyName: CANARY });
    const rowA = await storage.db.main.dossiers.get(a.dossier.id);
    const rowB = await storage.db.main.dossiers.get(b.dossier.id);
    expect(text(rowA?.answers.familyName)).not.toBe(text(rowB?.answers.familyName));
  });

  it('still reads rows written in clear before encryption existed, and seals what is saved next', async () => {
    const { dossier } = await readyDossier(storage, 0, { familyName: 'Avant' });
    const row = await storage.db.main.dossiers.get(dossier.id);
    if (!row) throw new Error('stored');
    await storage.db.main.dossiers.put({ ...row, answers: { familyName: 'Avant', givenNames: 'Awa' } });
    expect(opened(await storage.getDossier(dossier.id)).answers).toEqual({ familyName: 'Avant', givenNames: 'Awa' });
    await storage.saveAnswers(dossier.id, { givenNames: 'Aïcha' });
    const after = await storage.db.main.dossiers.get(dossier.id);
    expect(after?.answers.familyName).toBe('Avant');
    expect(after?.answers.givenNames).toMatchObject({ v: 1 });
    expect(opened(await storage.getDossier(dossier.id)).answers).toEqual({ familyName: 'Avant', givenNames: 'Aïcha' });
  });

  it('journals a change only when an answer really changed, though ciphertexts always differ', async () => {
    const { dossier } = await readyDossier(storage, 0, { familyName: 'Même' });
    const before = (await storage.listJournal(dossier.id)).length;
    await storage.saveAnswers(dossier.id, { familyName: 'Même' }, 'other-step');
    expect(await storage.listJournal(dossier.id)).toHaveLength(before);
    await storage.saveAnswers(dossier.id, { familyName: 'Autre' }, 'other-step');
    expect(await storage.listJournal(dossier.id)).toHaveLength(before + 1);
  });
});

describe('the journal', () => {
  it('seals what ties a line to a person (receipt and attestation numbers, review), and the attestations', async () => {
    const { dossier, request } = await readyDossier(storage, 1);
    const row = await storage.fileDossier(dossier.id, request);
    await storage.applyDossierEvent(dossier.id, 'send');
    await storage.recordDelivery(row.id, { submissionId: row.id, number: 'ANEF-2026-424242', filedAt: '2026-03-01T09:00:00.000Z', digest: row.bodySha256 });
    await storage.recordFollowUp(row.id, {
      review: { stage: 'decided', decision: 'granted', updatedAt: '2026-04-01T09:00:00.000Z' },
      attestations: [{ id: 'a-1', submissionId: row.id, number: 'API-2026-777777', kind: 'prolongation-instruction', issuedAt: '2026-03-02T09:00:00.000Z', validUntil: '2026-06-02', signature: 'c2ln', keyId: 'k' } as never],
      checkedAt: Date.now(),
    });

    const raw = JSON.stringify([await storage.db.main.journal.toArray(), await storage.db.main.attestations.toArray()]);
    expect(raw).not.toContain('424242');
    expect(raw).not.toContain('777777');
    expect(raw).not.toContain('granted');
    const lines = await storage.listJournal(dossier.id);
    expect(lines.find((l) => l.kind === 'delivered')?.receiptNumber).toBe('ANEF-2026-424242');
    expect(lines.find((l) => l.kind === 'review-changed')).toMatchObject({ reviewStage: 'decided', decision: 'granted' });
    expect(lines.find((l) => l.kind === 'attestation-issued')?.attestationNumber).toBe('API-2026-777777');
    expect((await storage.listAttestations(dossier.id)).map((a) => a.number)).toEqual(['API-2026-777777']);
  });

  it('an altered line is left out of the history, never shown as garbage; the others stay', async () => {
    const { dossier, request } = await readyDossier(storage, 1);
    const row = await storage.fileDossier(dossier.id, request);
    await storage.applyDossierEvent(dossier.id, 'send');
    await storage.recordDelivery(row.id, { submissionId: row.id, number: 'ANEF-2026-000001', filedAt: '2026-03-01T09:00:00.000Z', digest: row.bodySha256 });
    const kinds = (await storage.listJournal(dossier.id)).map((l) => l.kind);
    const line = await storage.db.main.journal.where('dossierId').equals(dossier.id).last();
    if (!line || !('line' in line)) throw new Error('sealed');
    const ct = new Uint8Array(line.line.ct.slice(0));
    ct[0] = (ct[0] ?? 0) ^ 1;
    await storage.db.main.journal.put({ ...line, line: { ...line.line, ct: ct.buffer } });
    expect((await storage.listJournal(dossier.id)).map((l) => l.kind)).toEqual(kinds.slice(0, -1));
  });

  it('a line copied into another dossier does not open there', async () => {
    const a = await readyDossier(storage, 0);
    const b = await readyDossier(storage, 0);
    const [line] = await storage.db.main.journal.where('dossierId').equals(a.dossier.id).toArray();
    if (!line) throw new Error('journaled');
    const { seq: _seq, ...copy } = line;
    await storage.db.main.journal.add({ ...copy, dossierId: b.dossier.id } as JournalEntry);
    const lines = await storage.listJournal(b.dossier.id);
    expect(lines.every((l) => l.dossierId === b.dossier.id)).toBe(true);
    expect(lines).toHaveLength((await storage.listJournal(a.dossier.id)).length);
  });

  it('still reads lines written before 2026-11: in clear, and with their v5 details sealed apart', async () => {
    const { dossier } = await readyDossier(storage, 0);
    const detailsId = crypto.randomUUID();
    const details = await vaultOf(storage.db).sealForDevice(JSON.stringify({ receiptNumber: 'ANEF-2025-000009' }), 'journal', `${dossier.id}/${detailsId}`, 'delivered');
    await storage.db.main.journal.bulkAdd([
      { dossierId: dossier.id, at: 1, kind: 'filed' },
      { dossierId: dossier.id, at: 2, kind: 'delivered', detailsId, details },
    ] as unknown as JournalEntry[]);
    const lines = await storage.listJournal(dossier.id);
    expect(lines.at(-2)).toMatchObject({ kind: 'filed', at: 1 });
    expect(lines.at(-1)).toMatchObject({ kind: 'delivered', at: 2, receiptNumber: 'ANEF-2025-000009' });
  });
});

describe('what describes a dossier', () => {
  it('is sealed: procedure, language, step, refusal, document types and MIME, history and review; dates, sizes, digests stay', async () => {
    const { dossier, docs, request } = await readyDossier(storage, 1);
    await storage.setCurrentStep(dossier.id, 'address');
    const row = await storage.fileDossier(dossier.id, request);
    await storage.applyDossierEvent(dossier.id, 'send');
    await storage.recordRefusal(row.id, { code: 'validation-failed', fields: [{ field: 'answers/familyName', code: 'too-long' }] });
    const refusedRow = await storage.db.main.dossiers.get(dossier.id);
    await storage.saveAnswers(dossier.id, { familyName: 'Corrigé' });
    await storage.applyDossierEvent(dossier.id, 'completed');
    const second = await storage.fileDossier(dossier.id, { ...request, answers: { ...request.answers, familyName: 'Corrigé' } });
    await storage.applyDossierEvent(dossier.id, 'send');
    await storage.recordDelivery(second.id, { submissionId: second.id, number: 'ANEF-2026-000002', filedAt: '2026-03-01T09:00:00.000Z', digest: second.bodySha256 });
    await storage.recordFollowUp(second.id, { review: { stage: 'decided', decision: 'granted', updatedAt: '2026-03-02T09:00:00.000Z' }, attestations: [], checkedAt: 5 });

    const raw = text({
      dossiers: [refusedRow, await storage.db.main.dossiers.get(dossier.id)],
      documents: await storage.db.main.documents.toArray(),
      journal: await storage.db.main.journal.toArray(),
      followUps: await storage.db.main.followUps.toArray(),
    });
    // Quoted: a value in clear would show as a JSON string ("createdAt", a key, must not match "created").
    for (const secret of ['renewal-vpf', '2026.1', 'fr', 'identity', 'address', 'passport', 'application/pdf', 'validation-failed', 'too-long', 'answers-changed', 'document-added', 'created', 'refused', 'decided', 'granted']) {
      expect(raw, secret).not.toContain(`"${secret}"`);
    }
    expect(raw).toContain(docs[0]?.sha256);

    const read = opened(await storage.getDossier(dossier.id));
    expect(read).toMatchObject({ procedureId: 'renewal-vpf', procedureVersion: '2026.1', language: 'fr', currentStep: 'address', status: 'delivered' });
    expect((await storage.listDocuments(dossier.id))[0]).toMatchObject({ type: 'passport', mime: 'application/pdf', name: 'scan-0.pdf' });
    expect((await storage.getFollowUp(dossier.id))?.review).toMatchObject({ stage: 'decided', decision: 'granted' });
    expect((await storage.listJournal(dossier.id)).map((l) => l.kind)).toEqual([
      'created', 'answers-changed', 'document-added', 'filed', 'refused', 'answers-changed', 'filed', 'delivered', 'review-changed',
    ]);
  });

  it('the refusal opens for the person once the sender wrote it under the device key', async () => {
    const ownerKey = await generateDataKey();
    holdOwnerKey('profile-a', ownerKey);
    const { dossier, request } = await readyDossier(storage, 0);
    const row = await storage.fileDossier(dossier.id, request);
    dropOwnerKey(); // the sender runs with nobody signed in
    await storage.applyDossierEvent(dossier.id, 'send');
    await storage.recordRefusal(row.id, { code: 'validation-failed', fields: [{ field: 'answers/familyName', code: 'too-long' }] });
    expect(await storage.getDossier(dossier.id)).toMatchObject({ locked: true, status: 'needs-correction' });
    expect(await storage.getDossier(dossier.id)).not.toHaveProperty('procedureId');
    holdOwnerKey('profile-a', ownerKey);
    expect(opened(await storage.getDossier(dossier.id)).refusal).toEqual({ code: 'validation-failed', fields: [{ field: 'answers/familyName', code: 'too-long' }] });
    expect((await storage.listJournal(dossier.id)).map((l) => l.kind)).toEqual(['created', 'answers-changed', 'filed', 'refused']);
  });

  it('still reads a dossier and documents described in clear (before 2026-11), and seals what is saved next', async () => {
    const { dossier, docs } = await readyDossier(storage, 1);
    const row = await storage.db.main.dossiers.get(dossier.id);
    const doc = await storage.db.main.documents.get(docs[0]?.id ?? '');
    if (!row || !doc) throw new Error('stored');
    await storage.db.main.dossiers.put({ ...row, procedureId: 'renewal-vpf', procedureVersion: '2026.1', language: 'fr', currentStep: 'identity', refusal: { code: 'validation', fields: [] } });
    await storage.db.main.documents.put({ ...doc, type: 'passport', mime: 'application/pdf' });
    expect(opened(await storage.getDossier(dossier.id))).toMatchObject({ procedureId: 'renewal-vpf', language: 'fr', currentStep: 'identity', refusal: { code: 'validation' } });
    expect((await storage.listDocuments(dossier.id))[0]).toMatchObject({ type: 'passport', mime: 'application/pdf' });
    await storage.setCurrentStep(dossier.id, 'address');
    expect((await storage.db.main.dossiers.get(dossier.id))?.currentStep).toMatchObject({ v: 1, k: 'device' });
  });
});

describe('mandates', () => {
  it("seals the people's names and the structure; dates stay readable for the status", async () => {
    const { dossier } = await readyDossier(storage, 0);
    const mandate = newMandate(
      { applicantName: 'Awa Kanari', mediatorName: 'Paul Relais', structure: 'PAN Préfecture', duration: '6-months' },
      { id: crypto.randomUUID(), dossierId: dossier.id, applicantLanguage: 'fr', now: Date.now() },
    );
    await storage.recordMandate(mandate);
    const raw = JSON.stringify(await storage.db.main.mandates.toArray());
    expect(raw).not.toContain('Kanari');
    expect(raw).not.toContain('Paul Relais');
    expect(raw).not.toContain('PAN Préfecture');
    expect((await storage.activeMandate(dossier.id, Date.now()))?.applicantName).toBe('Awa Kanari');
    expect((await storage.revokeMandate(mandate.id, Date.now())).mediatorName).toBe('Paul Relais');
  });
});

describe('altered ciphertext is refused, never shown', () => {
  it('a flipped byte in an answer: the single read throws, the list skips the dossier', async () => {
    const { dossier } = await readyDossier(storage, 0, { familyName: CANARY });
    const other = await readyDossier(storage, 0, { familyName: 'Intact' });
    const row = await storage.db.main.dossiers.get(dossier.id);
    const sealed = row?.answers.familyName;
    if (!row || typeof sealed !== 'object' || sealed === null) throw new Error('sealed');
    const ct = new Uint8Array(sealed.ct.slice(0));
    ct[0] = (ct[0] ?? 0) ^ 1;
    await storage.db.main.dossiers.put({ ...row, answers: { ...row.answers, familyName: { ...sealed, ct: ct.buffer } } });

    await expect(storage.getDossier(dossier.id)).rejects.toBeInstanceOf(TamperedRecordError);
    expect((await storage.listDossiers()).map((d) => d.id)).toEqual([other.dossier.id]);
  });

  it('an answer copied from another dossier does not open there (its place is authenticated)', async () => {
    const a = await readyDossier(storage, 0, { familyName: 'A' });
    const b = await readyDossier(storage, 0, { familyName: 'B' });
    const rowA = await storage.db.main.dossiers.get(a.dossier.id);
    const rowB = await storage.db.main.dossiers.get(b.dossier.id);
    if (!rowA || !rowB) throw new Error('stored');
    await storage.db.main.dossiers.put({ ...rowB, answers: { ...rowB.answers, familyName: rowA.answers.familyName ?? null } });
    await expect(storage.getDossier(b.dossier.id)).rejects.toBeInstanceOf(TamperedRecordError);
  });

  it('altered document bytes are refused', async () => {
    const { docs } = await readyDossier(storage, 1);
    const id = docs[0]?.id ?? '';
    const blob = await storage.db.main.blobs.get(id);
    if (!blob || blob.bytes instanceof ArrayBuffer) throw new Error('sealed');
    const ct = new Uint8Array(blob.bytes.ct.slice(0));
    ct[ct.length - 1] = (ct[ct.length - 1] ?? 0) ^ 0x80;
    await storage.db.main.blobs.put({ id, bytes: { ...blob.bytes, ct: ct.buffer } });
    await expect(storage.getDocumentBytes(id)).rejects.toBeInstanceOf(TamperedRecordError);
  });
});

describe('owner keys: a mediator profile or a kiosk visit', () => {
  it('seals under the held key; once dropped the dossier is locked, and comes back with the key', async () => {
    const key = await generateDataKey();
    holdOwnerKey('profile-a', key);
    const { dossier } = await readyDossier(storage, 1, { familyName: CANARY });
    expect(dossier.ownerId).toBe('profile-a');
    expect((await storage.db.main.dossiers.get(dossier.id))?.answers.familyName).toMatchObject({ k: 'profile-a' });

    dropOwnerKey();
    const locked = await storage.getDossier(dossier.id);
    expect(locked).toMatchObject({ id: dossier.id, locked: true });
    await expect(storage.saveAnswers(dossier.id, { familyName: 'X' })).rejects.toBeInstanceOf(LockedRecordError);
    await expect(storage.listDocuments(dossier.id)).rejects.toBeInstanceOf(LockedRecordError);
    const [doc] = await storage.db.main.documents.where('dossierId').equals(dossier.id).toArray();
    await expect(storage.getDocumentBytes(doc?.id ?? '')).rejects.toBeInstanceOf(LockedRecordError);

    holdOwnerKey('profile-a', key);
    expect(opened(await storage.getDossier(dossier.id)).answers.familyName).toBe(CANARY);
  });

  it("a write to a dossier whose owner's key is not held is refused, never sealed under another key", async () => {
    holdOwnerKey('profile-a', await generateDataKey());
    const { dossier } = await readyDossier(storage, 0, { familyName: CANARY });
    holdOwnerKey('profile-b', await generateDataKey()); // a photo finishing after A locked and B unlocked
    const bytes = new TextEncoder().encode('%PDF-1.4\n%%EOF\n').buffer;
    await expect(storage.addDocument({ dossierId: dossier.id, type: 'passport', name: 'p.pdf', mime: 'application/pdf', bytes })).rejects.toBeInstanceOf(LockedRecordError);
    expect(await storage.db.main.documents.count()).toBe(0);
  });

  it("another owner's key does not open it either", async () => {
    holdOwnerKey('profile-a', await generateDataKey());
    const { dossier } = await readyDossier(storage, 0, { familyName: CANARY });
    holdOwnerKey('profile-b', await generateDataKey());
    expect(await storage.getDossier(dossier.id)).toMatchObject({ locked: true });
  });

  it('filing seals the body and the documents under the device key: the sender reads them with no owner key', async () => {
    await startSessionKey();
    const { dossier, docs, request } = await readyDossier(storage, 2, { familyName: CANARY });
    const row = await storage.fileDossier(dossier.id, request);
    for (const doc of docs) expect((await storage.db.main.blobs.get(doc.id))?.bytes).toMatchObject({ k: 'device' });

    await startSessionKey(); // the next kiosk visit: the first one's key is gone
    expect(await storage.getDossier(dossier.id)).toMatchObject({ locked: true, status: 'queued' });
    expect((await storage.getOutbox(row.id))?.body).toBe(JSON.stringify(request));
    const bytes = await storage.getDocumentBytes(docs[0]?.id ?? '');
    expect(new TextDecoder().decode(bytes)).toContain('%PDF-1.4');
    // Delivery and its status changes never need the answers.
    await storage.applyDossierEvent(dossier.id, 'send');
    const receipt = { submissionId: row.id, number: 'ANEF-2026-000001', filedAt: '2026-03-01T09:00:00.000Z', digest: row.bodySha256 };
    await storage.recordDelivery(row.id, receipt);
    expect((await storage.getDossier(dossier.id))?.status).toBe('delivered');
  });

  it('an owner key cannot take the device key id', () => {
    expect(() => holdOwnerKey('device', {} as CryptoKey)).toThrow();
  });
});
