import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NotEditableError, RecordNotFoundError, type Storage } from '@/storage';
import { bytesOf, dropStorage, freshStorage, readyDossier } from './testDb';

let storage: Storage;
beforeEach(() => {
  storage = freshStorage();
});
afterEach(() => dropStorage(storage));

describe('documents', () => {
  it('stores metadata and bytes apart, with the SHA-256 of the bytes', async () => {
    const dossier = await storage.createDossier({ procedureId: 'p', procedureVersion: '1', language: 'fr', firstStep: 's' });
    const doc = await storage.addDocument({
      dossierId: dossier.id,
      type: 'passport',
      name: 'passeport.pdf',
      mime: 'application/pdf',
      bytes: bytesOf('abc'),
    });
    // FIPS 180-2 test vector for "abc".
    expect(doc.sha256).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(doc.size).toBe(3);
    const listed = await storage.listDocuments(dossier.id);
    expect(listed).toEqual([doc]);
    expect(listed[0]).not.toHaveProperty('bytes');
    expect(new TextDecoder().decode(await storage.getDocumentBytes(doc.id))).toBe('abc');
  });

  it('removes metadata and bytes together', async () => {
    const dossier = await storage.createDossier({ procedureId: 'p', procedureVersion: '1', language: 'fr', firstStep: 's' });
    const doc = await storage.addDocument({ dossierId: dossier.id, type: 'photo', name: 'p.png', mime: 'image/png', bytes: bytesOf('png') });
    await storage.removeDocument(doc.id);
    expect(await storage.listDocuments(dossier.id)).toEqual([]);
    await expect(storage.getDocumentBytes(doc.id)).rejects.toBeInstanceOf(RecordNotFoundError);
    expect(await storage.db.main.blobs.count()).toBe(0);
  });

  it('refuses to add or remove documents of a filed dossier', async () => {
    const { dossier, docs, request } = await readyDossier(storage, 1);
    await storage.fileDossier(dossier.id, request);
    await expect(
      storage.addDocument({ dossierId: dossier.id, type: 'x', name: 'x.pdf', mime: 'application/pdf', bytes: bytesOf('x') }),
    ).rejects.toBeInstanceOf(NotEditableError);
    await expect(storage.removeDocument(docs[0]?.id ?? '')).rejects.toBeInstanceOf(NotEditableError);
    expect(await storage.listDocuments(dossier.id)).toHaveLength(1);
    expect(await storage.db.main.blobs.count()).toBe(1);
  });
});
