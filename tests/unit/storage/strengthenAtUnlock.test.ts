import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  dropOwnerKey,
  heldOwnerId,
  lockProfile,
  setStorageLogger,
  type UnlockResult,
} from '@/storage';
import { PBKDF2_ITERATIONS } from '@/storage/crypto';
import { failWrites, quotaError } from './middleware';
import { CODE_A, CODE_B, dropStorage, FAST_KDF as FAST, freshProfileStorage, opened, readyDossier, T0, type ProfileStorage } from './testDb';

/**
 * An envelope made with fewer PBKDF2 iterations than today's (an older build, or the figure raised
 * since) is re-wrapped at the next right code, for the same data key: docs/threat-model.md, "Key
 * hierarchy". Profiles are made at a low count; each re-wrap and each unlock after it runs the
 * real one (~180 ms in Node).
 */

let storage: ProfileStorage;
beforeEach(() => {
  storage = freshProfileStorage('strengthen');
});
afterEach(async () => {
  vi.restoreAllMocks();
  setStorageLogger(null);
  dropOwnerKey();
  await dropStorage(storage);
});

const envelopeOf = async (id: string) => {
  const row = await storage.db.main.profiles.get(id);
  if (!row) throw new Error(`no profile ${id}`);
  return row.envelope;
};

/** Right code → today's count and a new salt; the old dossier opens after lock + unlock; a wrong code still fails. */
async function expectStrengthenedAtUnlock(id: string, dossierId: string): Promise<void> {
  const before = await envelopeOf(id);
  expect(before.iterations).toBe(FAST.iterations);
  lockProfile();

  expect(await storage.unlockProfile(id, CODE_A, T0)).toMatchObject({ ok: true });
  const after = await envelopeOf(id);
  expect(after.iterations).toBe(PBKDF2_ITERATIONS);
  expect(after.salt).not.toEqual(before.salt);
  expect(opened(await storage.getDossier(dossierId)).answers).toEqual({ lastName: 'Ndiaye' });

  lockProfile();
  expect(await storage.getDossier(dossierId)).toMatchObject({ locked: true });
  expect(await storage.unlockProfile(id, '000111', T0 + 1)).toMatchObject({ ok: false, wrong: true });
  expect(await storage.unlockProfile(id, CODE_A, T0 + 2)).toMatchObject({ ok: true });
  expect(opened(await storage.getDossier(dossierId)).answers).toEqual({ lastName: 'Ndiaye' });
  // Already at today's count: the next unlock leaves the envelope as it is.
  expect((await envelopeOf(id)).salt).toEqual(after.salt);
}

describe('re-wrapping an envelope made with fewer iterations, at unlock', () => {
  it("a mediator's profile", async () => {
    const { id } = await storage.createProfile('Awa', CODE_A, FAST);
    const { dossier } = await readyDossier(storage, 1, { lastName: 'Ndiaye' });
    await expectStrengthenedAtUnlock(id, dossier.id);
  });

  it("a phone owner's code", async () => {
    const { dossier } = await readyDossier(storage, 1, { lastName: 'Ndiaye' });
    const owner = await storage.setOwnerCode(CODE_A, FAST);
    await expectStrengthenedAtUnlock(owner.id, dossier.id);
    expect(await storage.getOwnerProfile()).toMatchObject({ id: owner.id, failures: 0, dossiers: 1 });
  });

  it('a failing write does not fail the unlock: it is logged (no code, no name) and the next unlock tries again', async () => {
    let full = true;
    failWrites(storage.db.strict, (table, req) => {
      const stronger = req.type === 'put' && req.values.some((row: { envelope?: { iterations?: number } }) => row.envelope?.iterations === PBKDF2_ITERATIONS);
      return full && table === 'profiles' && stronger ? quotaError() : null;
    });
    const { id } = await storage.createProfile('Awa', CODE_A, FAST);
    const { dossier } = await readyDossier(storage, 1, { lastName: 'Ndiaye' });
    lockProfile();
    const log = vi.fn();
    setStorageLogger(log);

    expect(await storage.unlockProfile(id, CODE_A, T0)).toEqual({ ok: true, profile: { id, name: 'Awa' } });
    expect(heldOwnerId()).toBe(id);
    expect(opened(await storage.getDossier(dossier.id)).answers).toEqual({ lastName: 'Ndiaye' });
    expect(await storage.db.main.profiles.get(id)).toMatchObject({ failures: 0, envelope: { iterations: FAST.iterations } });
    expect(log).toHaveBeenCalledExactlyOnceWith({ event: 'envelope-not-strengthened', table: 'profiles', key: id, error: 'StorageFullError' });
    expect(JSON.stringify(log.mock.calls)).not.toMatch(new RegExp(`${CODE_A}|Awa|Ndiaye`));

    full = false;
    lockProfile();
    expect(await storage.unlockProfile(id, CODE_A, T0 + 1)).toMatchObject({ ok: true });
    expect((await envelopeOf(id)).iterations).toBe(PBKDF2_ITERATIONS);
    expect(log).toHaveBeenCalledTimes(1);
  });

  it('keeps the envelope of a code changed meanwhile in another tab', async () => {
    const { id } = await storage.createProfile('Awa', CODE_A, FAST);
    const { dossier } = await readyDossier(storage, 1, { lastName: 'Ndiaye' });
    lockProfile();
    // The other tab changes the code right after the re-wrap's slow derivation, before its write.
    const subtle = crypto.subtle;
    const deriveKey = subtle.deriveKey.bind(subtle);
    let changed: Promise<UnlockResult> | undefined;
    vi.spyOn(subtle, 'deriveKey').mockImplementation(async (algorithm, baseKey, derivedKeyType, extractable, keyUsages) => {
      const key = await deriveKey(algorithm, baseKey, derivedKeyType, extractable, keyUsages);
      if ((algorithm as Pbkdf2Params).iterations === PBKDF2_ITERATIONS && !changed) {
        changed = storage.changeProfileCode(id, CODE_A, CODE_B, { ...FAST, now: T0 });
        await changed;
      }
      return key;
    });
    const log = vi.fn();
    setStorageLogger(log);

    expect(await storage.unlockProfile(id, CODE_A, T0)).toMatchObject({ ok: true });
    expect(await changed).toMatchObject({ ok: true });
    expect(await envelopeOf(id)).toMatchObject({ iterations: FAST.iterations });
    expect(log).not.toHaveBeenCalled();
    vi.restoreAllMocks();

    lockProfile();
    expect(await storage.unlockProfile(id, CODE_A, T0 + 1)).toMatchObject({ ok: false, wrong: true });
    expect(await storage.unlockProfile(id, CODE_B, T0 + 2)).toMatchObject({ ok: true });
    expect(opened(await storage.getDossier(dossier.id)).answers).toEqual({ lastName: 'Ndiaye' });
  });
});
