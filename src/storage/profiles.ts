import { isWaitingForNetwork } from '@/domain/deviceMode';
import {
  changeCode,
  checkCode,
  createKeyEnvelope,
  MAX_FAILED_ATTEMPTS,
  needsStrongerKdf,
  normalizeCode,
  openKeyEnvelope,
  WeakCodeError,
  WrongCodeError,
  type EnvelopeOptions,
  type KeyEnvelope,
} from './crypto';
import { sameBytes } from './crypto/bytes';
import { strengthenEnvelope } from './crypto/strengthen';
import { boundToAppDb, type RelaisDb } from './db';
import { NotEditableError, StorageError } from './errors';
import { guardWrite } from './guard';
import { logStorage } from './log';
import { parseMany, parseOne } from './parse';
import { beginAttempt, lockoutFor, purposeOf, resetFailures, type ProfilePurpose } from './profileAttempts';
import { dossierRecord, profileRecord, type ProfileRecord } from './records';
import { retentionRepository } from './retention';
import { dropOwnerKey, heldOwnerId, holdOwnerKey } from './vault';

/**
 * Mediators' profiles on a shared tablet (docs/threat-model.md): a name, the key envelope only the
 * mediator's code opens, and the count of wrong codes that drives the growing wait and the wipe.
 */

export const MAX_PROFILE_NAME = 80;

/** What the lock screen may know of a profile: never the envelope. */
export type ProfileSummary = {
  id: string;
  name: string;
  failures: number;
  lastFailureAt?: number;
  /** Dossiers of this profile on the device, and how many wait for the network: the last-try warning says what a wipe would lose. */
  dossiers: number;
  waiting: number;
};

export type UnlockResult =
  | { ok: true; profile: { id: string; name: string } }
  | { ok: false; wrong: true; attemptsLeft: number; waitMs: number }
  | { ok: false; wiped: true }
  /** Too early after the last wrong code: the code was not even tried. */
  | { ok: false; wait: number };

/**
 * `purpose: 'owner'`: the code of a personal phone's owner (at most one on a device, never wiped).
 * The envelope options are for tests only: a lower PBKDF2 count keeps them fast.
 */
export type ProfileOptions = EnvelopeOptions & { purpose?: ProfilePurpose };

/** The owner's profile has no name of its own: nobody picks it from a list. */
export const OWNER_PROFILE_NAME = 'owner';

/** The phone already has an owner's code: change it, or remove it first. */
export class OwnerCodeExistsError extends StorageError {
  constructor() {
    super('This device already has an owner code.');
  }
}

export type ProfileNameProblem = 'empty' | 'too-long' | 'taken';

/** The name is empty, too long, or another profile of this device already has it (two identical buttons would be a trap). */
export class InvalidProfileNameError extends StorageError {
  constructor(readonly reason: ProfileNameProblem) {
    super(`The profile name was refused (${reason}).`);
  }
}

/** Spaces collapsed, Unicode composed: "Léa" typed two ways is one name. */
export function normalizeProfileName(input: string): string {
  return input.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

const sameName = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'base' }) === 0;

/** Salts are random per envelope: the salt and the wrapped key together name one envelope. */
const sameEnvelope = (a: KeyEnvelope, b: KeyEnvelope) =>
  a.iterations === b.iterations && sameBytes(a.salt, b.salt) && sameBytes(new Uint8Array(a.wrappedKey), new Uint8Array(b.wrappedKey));

/** An error's name only: its message is not ours to vet for personal data. */
const nameOf = (error: unknown): string => {
  const name = (error as { name?: unknown } | null)?.name;
  return typeof name === 'string' ? name : typeof error;
};

/** Lock: the profile's key leaves memory; what it sealed cannot be read until its code is typed again. */
export function lockProfile(): void {
  dropOwnerKey();
}

export function profileRepository(db: RelaisDb) {
  const d = db.main;
  const s = db.strict;
  const retention = retentionRepository(db);

  /**
   * Everything of the profile leaves the device: its envelope, so that what the profile's key
   * sealed anywhere can never be opened again, and each of its dossiers through eraseDossier
   * (documents, receipts, journal, mandates…), all in ONE transaction: a page closed half-way
   * leaves either everything or nothing, never dossiers without their envelope or the reverse.
   * A dossier being sent cannot be erased (the sender holds it): then the profile row stays,
   * condemned by its failure count (no code is tried on it any more), the others go, and the next
   * `resumeWipes` or unlock attempt finishes the job. Returns true when the wipe is complete.
   */
  async function wipeProfile(id: string): Promise<boolean> {
    // Never the owner of a phone (decision 2), whatever calls this: their only copy of a receipt may be here.
    const row = parseOne(profileRecord, 'profiles', await s.profiles.get(id));
    if (row && purposeOf(row) === 'owner') return false;
    if (heldOwnerId() === id) dropOwnerKey();
    const owned = parseMany(dossierRecord, 'dossiers', await d.dossiers.where('ownerId').equals(id).toArray());
    const held = owned.filter((dossier) => dossier.status === 'sending');
    try {
      if (held.length > 0) {
        for (const dossier of owned) if (dossier.status !== 'sending') await retention.eraseDossier(dossier.id);
        return false;
      }
      // Every table, so eraseDossier runs inside this transaction whatever it comes to touch.
      await guardWrite(() =>
        d.transaction('rw', d.tables, async () => {
          await d.profiles.delete(id);
          for (const dossier of owned) await retention.eraseDossier(dossier.id);
        }),
      );
      return true;
    } catch (error) {
      // One started being sent meanwhile: nothing was erased by this transaction; next time.
      if (error instanceof NotEditableError) return false;
      throw error;
    }
  }

  /**
   * Compare-and-write: the row takes the stronger envelope only if it still holds the one that was
   * opened. Another tab may have changed the code meanwhile, and its envelope must stay.
   */
  function replaceEnvelope(id: string, opened: KeyEnvelope, stronger: KeyEnvelope): Promise<void> {
    return guardWrite(() =>
      s.transaction('rw', s.profiles, async () => {
        const row = parseOne(profileRecord, 'profiles', await s.profiles.get(id));
        if (row && sameEnvelope(row.envelope, opened)) await s.profiles.put({ ...row, envelope: stronger });
      }),
    );
  }

  /**
   * After a right code: an envelope made with fewer PBKDF2 iterations than today's (an older build,
   * or the figure raised since) gets them, under the code just typed, for the same data key. Best
   * effort: the key is already held, so a failure (a full disk…) is logged and never fails the
   * unlock; the envelope stays as it was and the next unlock tries again.
   */
  async function strengthenIfWeak(id: string, opened: KeyEnvelope, code: string, now: number): Promise<void> {
    if (!needsStrongerKdf(opened)) return;
    try {
      // Derived before the transaction: awaiting Web Crypto inside one would let IndexedDB commit it.
      const stronger = await strengthenEnvelope(opened, code, now);
      await replaceEnvelope(id, opened, stronger);
    } catch (error) {
      logStorage({ event: 'envelope-not-strengthened', table: 'profiles', key: id, error: nameOf(error) });
    }
  }

  /** A wrong code was counted: what is left, the wait, or (a mediator's tenth) the wipe. */
  async function afterWrongCode(counted: ProfileRecord): Promise<UnlockResult> {
    const lockout = lockoutFor(purposeOf(counted), counted.failures);
    if (lockout.wipe) {
      await wipeProfile(counted.id);
      return { ok: false, wiped: true };
    }
    return { ok: false, wrong: true, attemptsLeft: lockout.attemptsLeft, waitMs: lockout.delayMs };
  }

  /**
   * One use of a typed code behind the lockout, the same for unlocking and for changing it: too
   * early → the wait, without trying the code; a wipe due → the wipe; the attempt is counted
   * BEFORE the slow derivation (closing the tab meanwhile wins no extra try); a wrong code → what
   * is left. `attempt` gets the profile as counted and throws WrongCodeError for a wrong code.
   */
  async function withCode<T>(id: string, now: number, attempt: (counted: ProfileRecord) => Promise<T>): Promise<{ done: T; counted: ProfileRecord } | { refused: UnlockResult }> {
    const begun = await beginAttempt(db, id, now);
    if ('wipe' in begun) {
      await wipeProfile(id);
      return { refused: { ok: false, wiped: true } };
    }
    if ('wait' in begun) return { refused: { ok: false, wait: begun.wait } };
    try {
      return { done: await attempt(begun.counted), counted: begun.counted };
    } catch (error) {
      if (!(error instanceof WrongCodeError)) throw error;
      return { refused: await afterWrongCode(begun.counted) };
    }
  }

  return {
    /**
     * A new profile, unlocked at once. WeakCodeError when the code policy refuses the code,
     * InvalidProfileNameError for the name; both before the slow key derivation.
     */
    async createProfile(name: string, code: string, options: ProfileOptions = {}): Promise<{ id: string; name: string }> {
      const { purpose = 'mediator', ...envelopeOptions } = options;
      const clean = purpose === 'owner' ? OWNER_PROFILE_NAME : normalizeProfileName(name);
      if (clean === '') throw new InvalidProfileNameError('empty');
      if ([...clean].length > MAX_PROFILE_NAME) throw new InvalidProfileNameError('too-long');
      const now = envelopeOptions.now ?? Date.now();
      const { envelope, dataKey } = await createKeyEnvelope(code, { ...envelopeOptions, now });
      const profile: ProfileRecord = {
        id: crypto.randomUUID(),
        name: clean,
        envelope,
        failures: 0,
        createdAt: now,
        ...(purpose === 'owner' ? { purpose } : {}),
      };
      await guardWrite(() =>
        s.transaction('rw', s.profiles, async () => {
          const others = parseMany(profileRecord, 'profiles', await s.profiles.toArray()).filter((other) => purposeOf(other) === purpose);
          if (purpose === 'owner' && others.length > 0) throw new OwnerCodeExistsError();
          if (others.some((other) => sameName(other.name, clean))) throw new InvalidProfileNameError('taken');
          await s.profiles.add(profile);
        }),
      );
      holdOwnerKey(profile.id, dataKey);
      return { id: profile.id, name: profile.name };
    },

    /** Mediators' profiles by name, without their envelopes; a profile being wiped is no longer offered. */
    async listProfiles(): Promise<ProfileSummary[]> {
      const rows = parseMany(profileRecord, 'profiles', await d.profiles.toArray()).filter(
        (p) => purposeOf(p) === 'mediator' && p.failures < MAX_FAILED_ATTEMPTS,
      );
      const summaries = await Promise.all(
        rows.map(async (profile): Promise<ProfileSummary> => {
          const owned = parseMany(dossierRecord, 'dossiers', await d.dossiers.where('ownerId').equals(profile.id).toArray());
          return {
            id: profile.id,
            name: profile.name,
            failures: profile.failures,
            ...(profile.lastFailureAt === undefined ? {} : { lastFailureAt: profile.lastFailureAt }),
            dossiers: owned.length,
            waiting: owned.filter((dossier) => isWaitingForNetwork(dossier.status)).length,
          };
        }),
      );
      return summaries.sort((a, b) => a.name.localeCompare(b.name));
    },

    /**
     * Tries `code` on the profile. Right: the failures go back to 0, the profile's key is held, and
     * an envelope older than today's PBKDF2 count is re-wrapped at that count (best effort).
     * Wrong: what is left before the wipe and the wait before the next try; at the last one, the
     * wipe (a mediator's profile only: the owner's keeps waiting 30 min, and `attemptsLeft`
     * means nothing for it). Too early: refused without trying the code at all.
     */
    async unlockProfile(id: string, code: string, now: number = Date.now()): Promise<UnlockResult> {
      const tried = await withCode(id, now, (counted) => openKeyEnvelope(counted.envelope, code));
      if ('refused' in tried) return tried.refused;
      const profile = await resetFailures(db, id);
      holdOwnerKey(profile.id, tried.done);
      await strengthenIfWeak(id, tried.counted.envelope, code, now);
      return { ok: true, profile: { id: profile.id, name: profile.name } };
    },

    /**
     * A new code for the SAME data key (crypto `changeCode`: a new envelope, nothing re-sealed).
     * The current code is tried and counted exactly as by unlockProfile; the new one is checked
     * by the code policy first (WeakCodeError), before anything is counted. Which key is held
     * does not change.
     */
    async changeProfileCode(id: string, currentCode: string, newCode: string, options: ProfileOptions = {}): Promise<UnlockResult> {
      const checked = checkCode(newCode);
      if (!checked.ok) throw new WeakCodeError(checked.reason);
      const { purpose: _ignored, ...envelopeOptions } = options;
      const now = envelopeOptions.now ?? Date.now();
      const tried = await withCode(id, now, (counted) => {
        // As openKeyEnvelope: an empty code is wrong, and some browsers refuse it to PBKDF2.
        if (normalizeCode(currentCode) === '') throw new WrongCodeError();
        return changeCode(counted.envelope, currentCode, checked.code, { ...envelopeOptions, now });
      });
      if ('refused' in tried) return tried.refused;
      const profile = await resetFailures(db, id, { envelope: tried.done });
      return { ok: true, profile: { id: profile.id, name: profile.name } };
    },

    /** Finishes wipes that a closed page or a dossier being sent interrupted; returns how many completed. */
    async resumeWipes(): Promise<number> {
      const doomed = parseMany(profileRecord, 'profiles', await d.profiles.toArray()).filter(
        (p) => purposeOf(p) === 'mediator' && p.failures >= MAX_FAILED_ATTEMPTS,
      );
      let done = 0;
      for (const profile of doomed) if (await wipeProfile(profile.id)) done += 1;
      return done;
    },
  };
}
export type ProfileRepository = ReturnType<typeof profileRepository>;

/* Bound to the app's database like ./defaults.ts, apart from createStorage: only the lock screens use them. */
const appProfiles = boundToAppDb(profileRepository);
export const createProfile: ProfileRepository['createProfile'] = (...a) => appProfiles().createProfile(...a);
export const listProfiles: ProfileRepository['listProfiles'] = (...a) => appProfiles().listProfiles(...a);
export const unlockProfile: ProfileRepository['unlockProfile'] = (...a) => appProfiles().unlockProfile(...a);
export const resumeWipes: ProfileRepository['resumeWipes'] = (...a) => appProfiles().resumeWipes(...a);
export const changeProfileCode: ProfileRepository['changeProfileCode'] = (...a) => appProfiles().changeProfileCode(...a);
