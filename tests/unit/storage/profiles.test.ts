import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  dropOwnerKey,
  heldOwnerId,
  InvalidProfileNameError,
  LockedRecordError,
  lockProfile,
  MAX_FAILED_ATTEMPTS,
  OwnerCodeExistsError,
  WeakCodeError,
  type UnlockResult,
} from '@/storage';
import { CODE_A, CODE_B, dropStorage, FAST_KDF as FAST, freshProfileStorage, opened, readyDossier, T0, type ProfileStorage } from './testDb';

/**
 * Issue 6, mediator profiles: a personal code per mediator, a growing wait after wrong codes and a
 * wipe after ten, each mediator reading only their own dossiers. PBKDF2 runs at a low count here
 * (the real one is measured in crypto/pbkdf2.test.ts).
 */

let storage: ProfileStorage;
beforeEach(() => {
  storage = freshProfileStorage('profiles');
});
afterEach(async () => {
  dropOwnerKey();
  await dropStorage(storage);
});

const row = (id: string) => storage.db.main.profiles.get(id);

/** `n` wrong codes, each as soon as the wait allows; returns the last answer. */
async function wrongCodes(id: string, n: number, start = T0): Promise<{ last: UnlockResult | undefined; now: number }> {
  let now = start;
  let last: UnlockResult | undefined;
  for (let i = 0; i < n; i++) {
    last = await storage.unlockProfile(id, '000111', now);
    if ('wrong' in last) now += last.waitMs;
  }
  return { last, now };
}

describe('creating a profile', () => {
  it('refuses a weak code with its reason, before anything is stored', async () => {
    for (const [code, reason] of [['12345', 'too-short'], ['123456', 'trivial'], ['121212', 'trivial'], ['12a456', 'not-digits']] as const) {
      const error = await storage.createProfile('Léa', code, FAST).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WeakCodeError);
      expect((error as WeakCodeError).reason).toBe(reason);
    }
    expect(await storage.db.main.profiles.count()).toBe(0);
    expect(heldOwnerId()).toBeNull();
  });

  it('refuses an empty, overlong or already taken name', async () => {
    await expect(storage.createProfile('   ', CODE_A, FAST)).rejects.toMatchObject({ reason: 'empty' });
    await expect(storage.createProfile('x'.repeat(81), CODE_A, FAST)).rejects.toMatchObject({ reason: 'too-long' });
    await storage.createProfile('Léa  Martin', CODE_A, FAST);
    const error = await storage.createProfile(' léa martin ', CODE_B, FAST).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidProfileNameError);
    expect((error as InvalidProfileNameError).reason).toBe('taken');
  });

  it('stores the envelope (never the code), holds the key, and new dossiers belong to the profile', async () => {
    const profile = await storage.createProfile('Léa', CODE_A, FAST);
    expect(heldOwnerId()).toBe(profile.id);
    const stored = await row(profile.id);
    expect(stored).toMatchObject({ name: 'Léa', failures: 0, envelope: { v: 1, iterations: 1_000 } });
    expect(JSON.stringify(stored)).not.toContain(CODE_A);
    const { dossier } = await readyDossier(storage, 0);
    expect(dossier.ownerId).toBe(profile.id);
  });

  it('lists profiles by name with their counts, never their envelopes', async () => {
    const b = await storage.createProfile('Yanis', CODE_B, FAST);
    await readyDossier(storage, 0);
    await storage.createProfile('Awa', CODE_A, FAST);
    const list = await storage.listProfiles();
    expect(list.map((p) => p.name)).toEqual(['Awa', 'Yanis']);
    expect(list.find((p) => p.id === b.id)).toEqual({ id: b.id, name: 'Yanis', failures: 0, dossiers: 1, waiting: 0 });
    expect(JSON.stringify(list)).not.toContain('envelope');
  });
});

describe('unlocking', () => {
  it('opens with the right code (any script), holds the key and resets the failures', async () => {
    const { id } = await storage.createProfile('Léa', CODE_A, FAST);
    lockProfile();
    expect(heldOwnerId()).toBeNull();
    await wrongCodes(id, 2);
    expect(await row(id)).toMatchObject({ failures: 2 });
    const result = await storage.unlockProfile(id, '٤٨٢٩١٦', T0 + 1_000);
    expect(result).toEqual({ ok: true, profile: { id, name: 'Léa' } });
    expect(heldOwnerId()).toBe(id);
    const after = await row(id);
    expect(after?.failures).toBe(0);
    expect(after).not.toHaveProperty('lastFailureAt');
  });

  it('counts the attempt before the code is tried: a page closed during the derivation has used its try', async () => {
    // The real PBKDF2 count, so the derivation lasts long enough to look at the row meanwhile.
    const { id } = await storage.createProfile('Léa', CODE_A);
    lockProfile();
    const attempt = storage.unlockProfile(id, CODE_A, T0);
    let seen = 0;
    while (seen === 0) {
      seen = (await row(id))?.failures ?? 0;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    expect(seen).toBe(1);
    expect(await attempt).toMatchObject({ ok: true });
    expect((await row(id))?.failures).toBe(0);
  });

  it('three free slips, then a growing wait; too early is refused without trying the code', async () => {
    const { id } = await storage.createProfile('Léa', CODE_A, FAST);
    lockProfile();
    const answers: UnlockResult[] = [];
    for (let i = 0; i < 3; i++) answers.push(await storage.unlockProfile(id, '000111', T0));
    expect(answers).toEqual([
      { ok: false, wrong: true, attemptsLeft: 9, waitMs: 0 },
      { ok: false, wrong: true, attemptsLeft: 8, waitMs: 0 },
      { ok: false, wrong: true, attemptsLeft: 7, waitMs: 0 },
    ]);
    expect(await storage.unlockProfile(id, '000111', T0)).toEqual({ ok: false, wrong: true, attemptsLeft: 6, waitMs: 30_000 });

    // Even the right code is not tried during the wait, and the try is not counted.
    expect(await storage.unlockProfile(id, CODE_A, T0 + 10_000)).toEqual({ ok: false, wait: 20_000 });
    expect((await row(id))?.failures).toBe(4);
    expect(heldOwnerId()).toBeNull();

    expect(await storage.unlockProfile(id, '000111', T0 + 30_000)).toEqual({ ok: false, wrong: true, attemptsLeft: 5, waitMs: 60_000 });
    expect(await storage.unlockProfile(id, CODE_A, T0 + 90_000)).toMatchObject({ ok: true });
  });

  it('two attempts at once (two tabs) cannot share one try', async () => {
    const { id } = await storage.createProfile('Léa', CODE_A, FAST);
    lockProfile();
    await wrongCodes(id, 3);
    const both = await Promise.all([storage.unlockProfile(id, '000111', T0), storage.unlockProfile(id, '000222', T0)]);
    expect(both).toContainEqual({ ok: false, wrong: true, attemptsLeft: 6, waitMs: 30_000 });
    expect(both).toContainEqual({ ok: false, wait: 30_000 });
  });
});

describe('wipe after ten wrong codes', () => {
  it('erases the profile and every one of its dossiers with their documents and history, and only those', async () => {
    const a = await storage.createProfile('Awa', CODE_A, FAST);
    const { dossier: first, docs } = await readyDossier(storage, 1, { lastName: 'Ndiaye' });
    const second = await storage.createDossier({ procedureId: 'renewal-vpf', procedureVersion: '2026.1', language: 'fr', firstStep: 'identity' });
    await storage.createProfile('Yanis', CODE_B, FAST);
    const { dossier: theirs } = await readyDossier(storage, 0, { lastName: 'Haddad' });
    lockProfile();

    const { last: ninth, now } = await wrongCodes(a.id, MAX_FAILED_ATTEMPTS - 1);
    expect(ninth).toEqual({ ok: false, wrong: true, attemptsLeft: 1, waitMs: 30 * 60_000 });
    expect(await storage.getDossier(first.id)).toBeDefined();

    expect(await storage.unlockProfile(a.id, '000111', now)).toEqual({ ok: false, wiped: true });
    expect(await row(a.id)).toBeUndefined();
    expect(await storage.getDossier(first.id)).toBeUndefined();
    expect(await storage.getDossier(second.id)).toBeUndefined();
    expect(await storage.db.main.documents.get(docs[0]?.id ?? '')).toBeUndefined();
    expect(await storage.db.main.blobs.get(docs[0]?.id ?? '')).toBeUndefined();
    expect(await storage.listJournal(first.id)).toEqual([]);
    // The other mediator keeps everything.
    expect((await storage.listProfiles()).map((p) => p.name)).toEqual(['Yanis']);
    expect(await storage.getDossier(theirs.id)).toMatchObject({ locked: true });
  });

  it('finishes later a wipe that a dossier being sent held up, and offers the profile no more meanwhile', async () => {
    const a = await storage.createProfile('Awa', CODE_A, FAST);
    const { dossier, request } = await readyDossier(storage, 1);
    await storage.fileDossier(dossier.id, request);
    await storage.applyDossierEvent(dossier.id, 'send');
    lockProfile();

    const { last } = await wrongCodes(a.id, MAX_FAILED_ATTEMPTS);
    expect(last).toEqual({ ok: false, wiped: true });
    expect(await storage.listProfiles()).toEqual([]);
    expect((await row(a.id))?.failures).toBe(MAX_FAILED_ATTEMPTS);
    // The right code no longer helps: the profile is condemned.
    expect(await storage.unlockProfile(a.id, CODE_A, T0 + 86_400_000)).toEqual({ ok: false, wiped: true });
    expect(heldOwnerId()).toBeNull();

    await storage.applyDossierEvent(dossier.id, 'retry');
    expect(await storage.resumeWipes()).toBe(1);
    expect(await row(a.id)).toBeUndefined();
    expect(await storage.getDossier(dossier.id)).toBeUndefined();
  });
});

describe('each mediator reads only their own dossiers', () => {
  it('another profile gets the dossier locked, cannot save into it, and its owner finds it again', async () => {
    const a = await storage.createProfile('Awa', CODE_A, FAST);
    const { dossier } = await readyDossier(storage, 1, { lastName: 'Ndiaye' });
    const docs = await storage.listDocuments(dossier.id);
    lockProfile();

    const b = await storage.createProfile('Yanis', CODE_B, FAST);
    expect(heldOwnerId()).toBe(b.id);
    const seen = await storage.getDossier(dossier.id);
    expect(seen).toMatchObject({ locked: true, ownerId: a.id });
    expect((await storage.listDossiers()).find((d) => d.id === dossier.id)).toMatchObject({ locked: true });
    await expect(storage.saveAnswers(dossier.id, { lastName: 'Autre' })).rejects.toBeInstanceOf(LockedRecordError);
    await expect(storage.getDocumentBytes(docs[0]?.id ?? '')).rejects.toBeInstanceOf(LockedRecordError);
    lockProfile();

    expect(await storage.unlockProfile(a.id, CODE_A, T0)).toMatchObject({ ok: true });
    expect(opened(await storage.getDossier(dossier.id)).answers).toEqual({ lastName: 'Ndiaye' });
    expect(new Uint8Array(await storage.getDocumentBytes(docs[0]?.id ?? '')).length).toBeGreaterThan(0);
  });
});

describe('changing a code', () => {
  it('keeps the same data key under a new envelope: the dossiers open with the new code only', async () => {
    const a = await storage.createProfile('Awa', CODE_A, FAST);
    const { dossier } = await readyDossier(storage, 0, { lastName: 'Ndiaye' });
    const before = await row(a.id);
    await expect(storage.changeProfileCode(a.id, CODE_A, '123456', FAST)).rejects.toBeInstanceOf(WeakCodeError);
    expect((await row(a.id))?.failures).toBe(0);

    expect(await storage.changeProfileCode(a.id, '000111', CODE_B, { ...FAST, now: T0 })).toMatchObject({ ok: false, wrong: true });
    expect((await row(a.id))?.envelope).toEqual(before?.envelope);
    expect(await storage.changeProfileCode(a.id, CODE_A, CODE_B, { ...FAST, now: T0 + 1 })).toMatchObject({ ok: true });
    expect(await row(a.id)).toMatchObject({ failures: 0 });
    expect((await row(a.id))?.envelope.salt).not.toEqual(before?.envelope.salt);
    lockProfile();

    expect(await storage.unlockProfile(a.id, CODE_A, T0 + 2)).toMatchObject({ ok: false, wrong: true });
    expect(await storage.unlockProfile(a.id, CODE_B, T0 + 3)).toMatchObject({ ok: true });
    expect(opened(await storage.getDossier(dossier.id)).answers).toEqual({ lastName: 'Ndiaye' });
  });
});

describe("a personal phone's owner code (never a wipe)", () => {
  it('protects the dossiers already there, and only one owner code exists', async () => {
    const { dossier } = await readyDossier(storage, 1, { lastName: 'Diallo' });
    expect(dossier.ownerId).toBeUndefined();
    const owner = await storage.setOwnerCode(CODE_A, FAST);
    expect(await storage.getDossier(dossier.id)).toMatchObject({ ownerId: owner.id, answers: { lastName: 'Diallo' } });
    await expect(storage.setOwnerCode(CODE_B, FAST)).rejects.toBeInstanceOf(OwnerCodeExistsError);
    // Not a mediator's profile: never offered in the list, and a mediator may still be called "owner".
    expect(await storage.listProfiles()).toEqual([]);
    await storage.createProfile('Owner', CODE_B, FAST);
    lockProfile();
    expect(await storage.getDossier(dossier.id)).toMatchObject({ locked: true });
    expect(await storage.getOwnerProfile()).toMatchObject({ id: owner.id, failures: 0, dossiers: 1 });
  });

  it('after ten and more wrong codes: still a 30-minute wait, nothing erased, the right code still opens', async () => {
    const { dossier } = await readyDossier(storage, 1, { lastName: 'Diallo' });
    const owner = await storage.setOwnerCode(CODE_A, FAST);
    lockProfile();

    const { last, now } = await wrongCodes(owner.id, MAX_FAILED_ATTEMPTS + 2);
    expect(last).toMatchObject({ ok: false, wrong: true, waitMs: 30 * 60_000 });
    expect(await storage.resumeWipes()).toBe(0);
    expect(await row(owner.id)).toMatchObject({ failures: MAX_FAILED_ATTEMPTS + 2 });
    expect(await storage.getDossier(dossier.id)).toBeDefined();
    expect(await storage.unlockProfile(owner.id, CODE_A, now - 60_000)).toMatchObject({ ok: false, wait: 60_000 });

    expect(await storage.unlockProfile(owner.id, CODE_A, now)).toMatchObject({ ok: true });
    expect(opened(await storage.getDossier(dossier.id)).answers).toEqual({ lastName: 'Diallo' });
    expect(await row(owner.id)).toMatchObject({ failures: 0 });
  });

  it('removal: a wrong code changes nothing; the right one moves every dossier back to the device key, then the code goes', async () => {
    const { dossier, docs } = await readyDossier(storage, 1, { lastName: 'Diallo' });
    const owner = await storage.setOwnerCode(CODE_A, FAST);
    const later = await storage.createDossier({ procedureId: 'renewal-vpf', procedureVersion: '2026.1', language: 'fr', firstStep: 'identity' });
    await storage.saveAnswers(later.id, { lastName: 'Sow' });

    expect(await storage.removeOwnerCode(owner.id, '000111', T0)).toMatchObject({ ok: false, wrong: true });
    expect(await row(owner.id)).toBeDefined();
    expect(await storage.getDossier(later.id)).toMatchObject({ ownerId: owner.id });

    expect(await storage.removeOwnerCode(owner.id, CODE_A, T0 + 1)).toMatchObject({ ok: true });
    expect(await row(owner.id)).toBeUndefined();
    expect(heldOwnerId()).toBeNull();
    expect(await storage.getOwnerProfile()).toBeUndefined();
    const back = opened(await storage.getDossier(dossier.id));
    expect(back).not.toHaveProperty('ownerId');
    expect(back?.answers).toEqual({ lastName: 'Diallo' });
    expect(opened(await storage.getDossier(later.id)).answers).toEqual({ lastName: 'Sow' });
    expect(new Uint8Array(await storage.getDocumentBytes(docs[0]?.id ?? '')).length).toBeGreaterThan(0);
  });
});
