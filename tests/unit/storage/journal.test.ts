import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Storage } from '@/storage';
import { bytesOf, dropStorage, freshStorage, readyDossier } from './testDb';

let storage: Storage;
beforeEach(() => {
  storage = freshStorage('journal');
});
afterEach(() => dropStorage(storage));

const kinds = async (dossierId: string) => (await storage.listJournal(dossierId)).map((e) => e.kind + (e.step ? `:${e.step}` : '') + (e.documentType ? `:${e.documentType}` : ''));

describe('dossier history', () => {
  it('records creation, edits once per streak on a step, documents and cancellation', async () => {
    const dossier = await storage.createDossier({ procedureId: 'renewal-cst-vpf', procedureVersion: '1', language: 'fr', firstStep: 'identity' });
    await storage.saveAnswers(dossier.id, { lastName: 'B' }, 'identity');
    await storage.saveAnswers(dossier.id, { lastName: 'Be' }, 'identity');
    await storage.saveAnswers(dossier.id, { lastName: 'Be' }, 'identity'); // nothing changed
    await storage.saveAnswers(dossier.id, { street: '1 rue' }, 'address');
    const doc = await storage.addDocument({ dossierId: dossier.id, type: 'passport', name: 'p.pdf', mime: 'application/pdf', bytes: bytesOf('%PDF-1.4') });
    await storage.removeDocument(doc.id);
    await storage.saveAnswers(dossier.id, { lastName: 'Ben' }, 'identity');
    await storage.applyDossierEvent(dossier.id, 'cancel');

    expect(await kinds(dossier.id)).toEqual([
      'created',
      'answers-changed:identity',
      'answers-changed:address',
      'document-added:passport',
      'document-removed:passport',
      'answers-changed:identity',
      'cancelled',
    ]);
  });

  it('records filing and the receipt number with the change itself', async () => {
    const { dossier, request } = await readyDossier(storage, 1);
    const row = await storage.fileDossier(dossier.id, request);
    await storage.applyDossierEvent(dossier.id, 'send');
    await storage.recordDelivery(row.id, { submissionId: row.id, number: 'RLS-20261126-ABCDEF', filedAt: '2026-11-26T10:00:00.000Z', digest: 'a'.repeat(64) });
    const history = await storage.listJournal(dossier.id);
    expect(history.map((e) => e.kind).slice(-2)).toEqual(['filed', 'delivered']);
    expect(history.at(-1)?.receiptNumber).toBe('RLS-20261126-ABCDEF');
  });

  it('never holds what was typed', async () => {
    const dossier = await storage.createDossier({ procedureId: 'renewal-cst-vpf', procedureVersion: '1', language: 'fr', firstStep: 'identity' });
    await storage.saveAnswers(dossier.id, { lastName: 'Canary-Zxq' }, 'identity');
    expect(JSON.stringify(await storage.listJournal(dossier.id))).not.toContain('Canary-Zxq');
  });
});
