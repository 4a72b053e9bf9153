import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mandateDigest, newMandate, type Mandate, type MandateDetails } from '@/domain';
import {
  InvalidMandateError,
  MandateConflictError,
  MandateEndedError,
  RecordNotFoundError,
  StorageFullError,
  openRelaisDb,
  createStorage,
  type Storage,
} from '@/storage';
import { failWrites, quotaError } from './middleware';
import { dropStorage, freshStorage } from './testDb';

let storage: Storage;
beforeEach(() => {
  storage = freshStorage('mandates');
});
afterEach(() => dropStorage(storage));

const T0 = Date.parse('2026-02-01T09:00:00.000Z');
const HOUR = 3_600_000;
const details: MandateDetails = { applicantName: 'Canary-Amina', mediatorName: 'Canary-Paul', structure: 'PAN Lyon', duration: '6-months' };

async function dossierWithMandate(overrides: Partial<MandateDetails> = {}, now = T0): Promise<{ dossierId: string; mandate: Mandate }> {
  const dossier = await storage.createDossier({ procedureId: 'renewal-cst-vpf', procedureVersion: '1', language: 'ar', firstStep: 'identity' });
  const mandate = newMandate({ ...details, ...overrides }, { id: crypto.randomUUID(), dossierId: dossier.id, applicantLanguage: 'ar', now });
  return { dossierId: dossier.id, mandate };
}

describe('mandates', () => {
  it('records a mandate with its digest and a history line that holds the digest, not the names', async () => {
    const { dossierId, mandate } = await dossierWithMandate();
    const stored = await storage.recordMandate(mandate);
    expect(stored).toEqual({ ...mandate, digest: await mandateDigest(mandate) });
    expect(await storage.listMandates(dossierId)).toEqual([stored]);

    const history = await storage.listJournal(dossierId);
    expect(history.at(-1)).toMatchObject({ kind: 'mandate-recorded', at: T0, mandateDigest: stored.digest });
    expect(JSON.stringify(history)).not.toMatch(/Canary/);
  });

  it('knows the active mandate at an instant', async () => {
    const { dossierId, mandate } = await dossierWithMandate({ duration: '1-day' });
    await storage.recordMandate(mandate);
    expect(await storage.activeMandate(dossierId, T0 - 1)).toBeUndefined();
    expect((await storage.activeMandate(dossierId, T0))?.id).toBe(mandate.id);
    expect((await storage.activeMandate(dossierId, T0 + 23 * HOUR))?.id).toBe(mandate.id);
    expect(await storage.activeMandate(dossierId, T0 + 24 * HOUR)).toBeUndefined();
  });

  it('revokes at the person’s word: journaled with the same digest, once, and no longer active', async () => {
    const { dossierId, mandate } = await dossierWithMandate();
    const stored = await storage.recordMandate(mandate);
    const revoked = await storage.revokeMandate(mandate.id, T0 + HOUR);
    expect(revoked).toMatchObject({ revokedAt: '2026-02-01T10:00:00.000Z', digest: stored.digest });
    expect(await mandateDigest(revoked)).toBe(stored.digest);
    expect(await storage.activeMandate(dossierId, T0 + 2 * HOUR)).toBeUndefined();

    // A second revocation keeps the first and writes nothing.
    expect(await storage.revokeMandate(mandate.id, T0 + 2 * HOUR)).toEqual(revoked);
    const lines = (await storage.listJournal(dossierId)).filter((e) => e.kind.startsWith('mandate-'));
    expect(lines).toEqual([
      expect.objectContaining({ kind: 'mandate-recorded', mandateDigest: stored.digest }),
      expect.objectContaining({ kind: 'mandate-revoked', at: T0 + HOUR, mandateDigest: stored.digest }),
    ]);
  });

  it('allows a new mandate once the previous one is revoked or expired, never two in force', async () => {
    const { dossierId, mandate } = await dossierWithMandate({ duration: '1-day' });
    await storage.recordMandate(mandate);
    const second = newMandate(details, { id: crypto.randomUUID(), dossierId, applicantLanguage: 'ar', now: T0 + HOUR });
    await expect(storage.recordMandate(second)).rejects.toBeInstanceOf(MandateConflictError);

    const afterExpiry = newMandate(details, { id: crypto.randomUUID(), dossierId, applicantLanguage: 'ar', now: T0 + 25 * HOUR });
    await storage.recordMandate(afterExpiry);
    await storage.revokeMandate(afterExpiry.id, T0 + 26 * HOUR);
    const third = newMandate(details, { id: crypto.randomUUID(), dossierId, applicantLanguage: 'ar', now: T0 + 27 * HOUR });
    await storage.recordMandate(third);
    expect((await storage.listMandates(dossierId)).map((m) => m.id)).toEqual([mandate.id, afterExpiry.id, third.id]);
    expect((await storage.activeMandate(dossierId, T0 + 28 * HOUR))?.id).toBe(third.id);
  });

  it('refuses what the domain would not make, an unknown dossier, and revoking an ended or unknown mandate', async () => {
    const { mandate } = await dossierWithMandate({ duration: '1-day' });
    await expect(storage.recordMandate({ ...mandate, endsAt: '2027-02-01T09:00:00.000Z' })).rejects.toBeInstanceOf(InvalidMandateError);
    await expect(storage.recordMandate({ ...mandate, revokedAt: mandate.startsAt })).rejects.toBeInstanceOf(InvalidMandateError);
    await expect(storage.recordMandate({ ...mandate, applicantName: ' ' })).rejects.toBeInstanceOf(InvalidMandateError);
    await expect(storage.recordMandate({ ...mandate, dossierId: 'nope' })).rejects.toBeInstanceOf(RecordNotFoundError);

    await storage.recordMandate(mandate);
    await expect(storage.revokeMandate(mandate.id, T0 + 48 * HOUR)).rejects.toBeInstanceOf(MandateEndedError);
    await expect(storage.revokeMandate('nope', T0)).rejects.toBeInstanceOf(RecordNotFoundError);
  });

  it('skips a damaged row in lists instead of hiding the others', async () => {
    const { dossierId, mandate } = await dossierWithMandate();
    await storage.recordMandate(mandate);
    await storage.db.main.mandates.put({ ...mandate, id: 'broken', digest: 'not-a-digest' });
    expect((await storage.listMandates(dossierId)).map((m) => m.id)).toEqual([mandate.id]);
  });

  it('writes nothing when the disk is full (mandate and journal line are one transaction)', async () => {
    const db = openRelaisDb(`mandates-full-${crypto.randomUUID()}`);
    failWrites(db.strict, (table) => (table === 'journal' ? quotaError() : null));
    const full = createStorage(db);
    const dossier = await full.createDossier({ procedureId: 'renewal-cst-vpf', procedureVersion: '1', language: 'ar', firstStep: 'identity' });
    const mandate = newMandate(details, { id: crypto.randomUUID(), dossierId: dossier.id, applicantLanguage: 'ar', now: T0 });
    await expect(full.recordMandate(mandate)).rejects.toBeInstanceOf(StorageFullError);
    expect(await full.listMandates(dossier.id)).toEqual([]);
    await dropStorage(full);
  });

  it('leaves the device with its dossier', async () => {
    const { dossierId, mandate } = await dossierWithMandate();
    await storage.recordMandate(mandate);
    await storage.eraseDossier(dossierId);
    expect(await storage.listMandates(dossierId)).toEqual([]);
    expect(await storage.db.main.mandates.count()).toBe(0);
  });
});
