import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  CorruptRecordError,
  StorageFullError,
  estimateStorage,
  isQuotaError,
  observe,
  recentStorageEvents,
  requestPersistentStorage,
  setStorageLogger,
  type DossierRecord,
  type Storage,
} from '@/storage';
import { failWrites, quotaError } from './middleware';
import { bytesOf, dropStorage, freshStorage, readyDossier } from './testDb';

let storage: Storage;
beforeEach(() => {
  storage = freshStorage();
});
afterEach(async () => {
  setStorageLogger(null);
  await dropStorage(storage);
});

describe('corrupt records', () => {
  it('a single read throws CorruptRecordError; a list skips the row and logs no personal data', async () => {
    const good = await storage.createDossier({ procedureId: 'p', procedureVersion: '1', language: 'fr', firstStep: 's' });
    const bad = { id: 'broken-1', status: 'lost', answers: { familyName: 'Secret Name' }, updatedAt: 1 };
    await storage.db.main.dossiers.put(bad as unknown as DossierRecord);
    const log = vi.fn();
    setStorageLogger(log);

    await expect(storage.getDossier('broken-1')).rejects.toBeInstanceOf(CorruptRecordError);
    expect((await storage.listDossiers()).map((d) => d.id)).toEqual([good.id]);
    expect(log).toHaveBeenCalledTimes(1);
    expect(log.mock.calls[0]?.[0]).toMatchObject({ event: 'corrupt-record', table: 'dossiers', key: 'broken-1' });
    expect(JSON.stringify(log.mock.calls)).not.toContain('Secret Name');
    expect(recentStorageEvents().at(-1)).toMatchObject({ table: 'dossiers', key: 'broken-1' });
  });
});

describe('full device', () => {
  it('maps a quota failure to StorageFullError and keeps nothing half-written', async () => {
    let full = false;
    failWrites(storage.db.main, (table) => (full && table === 'blobs' ? quotaError() : null));
    const dossier = await storage.createDossier({ procedureId: 'p', procedureVersion: '1', language: 'fr', firstStep: 's' });
    full = true;
    await expect(
      storage.addDocument({ dossierId: dossier.id, type: 'passport', name: 'p.pdf', mime: 'application/pdf', bytes: bytesOf('x') }),
    ).rejects.toBeInstanceOf(StorageFullError);
    expect(await storage.listDocuments(dossier.id)).toEqual([]);
    expect(await storage.getDossier(dossier.id)).toEqual(dossier);
  });

  it('checks the quota before writing: refuses at once with the room left, and writes nothing', async () => {
    const dossier = await storage.createDossier({ procedureId: 'p', procedureVersion: '1', language: 'fr', firstStep: 's' });
    const megabyte = 1024 * 1024;
    vi.stubGlobal('navigator', { storage: { estimate: () => Promise.resolve({ usage: 99 * megabyte, quota: 100 * megabyte }) } });
    try {
      const attempt = storage.addDocument({ dossierId: dossier.id, type: 'passport', name: 'p.pdf', mime: 'application/pdf', bytes: new ArrayBuffer(megabyte) });
      await expect(attempt).rejects.toBeInstanceOf(StorageFullError);
      await expect(attempt).rejects.toMatchObject({ room: { available: megabyte, needed: 3 * megabyte } });
      expect(await storage.listDocuments(dossier.id)).toEqual([]);
      expect(await storage.getDossier(dossier.id)).toEqual(dossier);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('writes when the quota leaves room, and when the browser does not tell the quota', async () => {
    const dossier = await storage.createDossier({ procedureId: 'p', procedureVersion: '1', language: 'fr', firstStep: 's' });
    vi.stubGlobal('navigator', { storage: { estimate: () => Promise.resolve({ usage: 0, quota: 100 * 1024 * 1024 }) } });
    try {
      await storage.addDocument({ dossierId: dossier.id, type: 'passport', name: 'a.pdf', mime: 'application/pdf', bytes: bytesOf('a') });
    } finally {
      vi.unstubAllGlobals();
    }
    await storage.addDocument({ dossierId: dossier.id, type: 'passport', name: 'b.pdf', mime: 'application/pdf', bytes: bytesOf('b') });
    expect((await storage.listDocuments(dossier.id)).map((d) => d.name)).toEqual(['a.pdf', 'b.pdf']);
  });

  it('recognises quota errors wrapped by Dexie', () => {
    expect(isQuotaError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBe(true);
    expect(isQuotaError(new Error('other'))).toBe(false);
  });
});

describe('observe', () => {
  it('emits again when a write (also through the strict connection) changes what was read', async () => {
    const seen: string[][] = [];
    const sub = observe(() => storage.listDossiers()).subscribe((list) => seen.push(list.map((d) => d.status)));
    const { dossier, request } = await readyDossier(storage);
    await storage.fileDossier(dossier.id, request);
    await vi.waitFor(() => expect(seen.at(-1)).toEqual(['queued']));
    sub.unsubscribe();
  });
});

describe('persistence', () => {
  it('never throws where the browser has no storage manager', async () => {
    await expect(requestPersistentStorage()).resolves.toBe(false);
    await expect(estimateStorage()).resolves.toBeNull();
  });

  it('asks for persistence and reports the estimate when available', async () => {
    vi.stubGlobal('navigator', {
      storage: {
        persisted: () => Promise.resolve(false),
        persist: () => Promise.resolve(true),
        estimate: () => Promise.resolve({ usage: 10, quota: 100 }),
      },
    });
    try {
      await expect(requestPersistentStorage()).resolves.toBe(true);
      await expect(estimateStorage()).resolves.toEqual({ usage: 10, quota: 100 });
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
