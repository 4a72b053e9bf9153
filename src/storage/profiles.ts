import { isWaitingForNetwork } from '@/domain/deviceMode';
import {
  createKeyEnvelope,
  lockoutAfter,
  MAX_FAILED_ATTEMPTS,
  openKeyEnvelope,
  waitBeforeNextAttempt,
  WrongCodeError,
  type EnvelopeOptions,
} from './crypto';
import { getDb, type RelaisDb } from './db';
import { NotEditableError, RecordNotFoundError, StorageError } from './errors';
import { guardWrite } from './guard';
import { parseMany, parseOne } from './parse';
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

/** Tests only: a lower PBKDF2 count keeps them fast. */
export type ProfileOptions = EnvelopeOptions;

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

/** Lock: the profile's key leaves memory; what it sealed cannot be read until its code is typed again. */
export function lockProfile(): void {
  dropOwnerKey();
}

export function profileRepository(db: RelaisDb) {
  const d = db.main;
  // The failure count must survive a power cut: a lost increment would be a free guess.
  const s = db.strict;
  const retention = retentionRepository(db);

  async function readProfile(id: string): Promise<ProfileRecord> {
    const found = parseOne(profileRecord, 'profiles', await s.profiles.get(id));
    if (!found) throw new RecordNotFoundError('profiles', id);
    return found;
  }

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

  type Begun = { wipe: true } | { wait: number } | { counted: ProfileRecord };

  /**
   * The attempt is counted BEFORE the code is tried, in one transaction with the checks: a tab
   * closed during the key derivation has used its try, and two tabs cannot both slip in one try.
   */
  function beginAttempt(id: string, now: number): Promise<Begun> {
    return guardWrite(() =>
      s.transaction('rw', s.profiles, async (): Promise<Begun> => {
        const profile = parseOne(profileRecord, 'profiles', await s.profiles.get(id));
        if (!profile) throw new RecordNotFoundError('profiles', id);
        if (profile.failures >= MAX_FAILED_ATTEMPTS) return { wipe: true };
        const wait = profile.failures === 0 ? 0 : waitBeforeNextAttempt(profile.failures, profile.lastFailureAt ?? now, now);
        if (wait > 0) return { wait };
        const counted: ProfileRecord = { ...profile, failures: profile.failures + 1, lastFailureAt: now };
        await s.profiles.put(counted);
        return { counted };
      }),
    );
  }

  async function resetFailures(id: string): Promise<ProfileRecord> {
    return guardWrite(() =>
      s.transaction('rw', s.profiles, async () => {
        const { lastFailureAt: _cleared, ...profile } = await readProfile(id);
        const reset: ProfileRecord = { ...profile, failures: 0 };
        await s.profiles.put(reset);
        return reset;
      }),
    );
  }

  return {
    /**
     * A new profile, unlocked at once. WeakCodeError when the code policy refuses the code,
     * InvalidProfileNameError for the name; both before the slow key derivation.
     */
    async createProfile(name: string, code: string, options: ProfileOptions = {}): Promise<{ id: string; name: string }> {
      const clean = normalizeProfileName(name);
      if (clean === '') throw new InvalidProfileNameError('empty');
      if ([...clean].length > MAX_PROFILE_NAME) throw new InvalidProfileNameError('too-long');
      const now = options.now ?? Date.now();
      const { envelope, dataKey } = await createKeyEnvelope(code, { ...options, now });
      const profile: ProfileRecord = { id: crypto.randomUUID(), name: clean, envelope, failures: 0, createdAt: now };
      await guardWrite(() =>
        s.transaction('rw', s.profiles, async () => {
          const others = parseMany(profileRecord, 'profiles', await s.profiles.toArray());
          if (others.some((other) => sameName(other.name, clean))) throw new InvalidProfileNameError('taken');
          await s.profiles.add(profile);
        }),
      );
      holdOwnerKey(profile.id, dataKey);
      return { id: profile.id, name: profile.name };
    },

    /** Profiles by name, without their envelopes; a profile being wiped is no longer offered. */
    async listProfiles(): Promise<ProfileSummary[]> {
      const rows = parseMany(profileRecord, 'profiles', await d.profiles.toArray()).filter((p) => p.failures < MAX_FAILED_ATTEMPTS);
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
     * Tries `code` on the profile. Right: the failures go back to 0 and the profile's key is held.
     * Wrong: what is left before the wipe and the wait before the next try; at the last one, the
     * wipe. Too early: refused without trying the code at all.
     */
    async unlockProfile(id: string, code: string, now: number = Date.now()): Promise<UnlockResult> {
      const begun = await beginAttempt(id, now);
      if ('wipe' in begun) {
        await wipeProfile(id);
        return { ok: false, wiped: true };
      }
      if ('wait' in begun) return { ok: false, wait: begun.wait };
      let dataKey: CryptoKey;
      try {
        dataKey = await openKeyEnvelope(begun.counted.envelope, code);
      } catch (error) {
        if (!(error instanceof WrongCodeError)) throw error;
        const lockout = lockoutAfter(begun.counted.failures);
        if (lockout.wipe) {
          await wipeProfile(id);
          return { ok: false, wiped: true };
        }
        return { ok: false, wrong: true, attemptsLeft: lockout.attemptsLeft, waitMs: lockout.delayMs };
      }
      const profile = await resetFailures(id);
      holdOwnerKey(profile.id, dataKey);
      return { ok: true, profile: { id: profile.id, name: profile.name } };
    },

    /** Finishes wipes that a closed page or a dossier being sent interrupted; returns how many completed. */
    async resumeWipes(): Promise<number> {
      const doomed = parseMany(profileRecord, 'profiles', await d.profiles.toArray()).filter((p) => p.failures >= MAX_FAILED_ATTEMPTS);
      let done = 0;
      for (const profile of doomed) if (await wipeProfile(profile.id)) done += 1;
      return done;
    },
  };
}
export type ProfileRepository = ReturnType<typeof profileRepository>;

/*
 * Bound to the app's database like ./defaults.ts, but apart from createStorage: only a mediator's
 * lock screen (a lazy chunk) uses them, so a personal phone's first load does not carry the key
 * derivation and the wipe.
 */
let bound: { db: RelaisDb; profiles: ProfileRepository } | undefined;
function appProfiles(): ProfileRepository {
  const db = getDb();
  if (bound?.db !== db) bound = { db, profiles: profileRepository(db) };
  return bound.profiles;
}
export const createProfile: ProfileRepository['createProfile'] = (...a) => appProfiles().createProfile(...a);
export const listProfiles: ProfileRepository['listProfiles'] = (...a) => appProfiles().listProfiles(...a);
export const unlockProfile: ProfileRepository['unlockProfile'] = (...a) => appProfiles().unlockProfile(...a);
export const resumeWipes: ProfileRepository['resumeWipes'] = (...a) => appProfiles().resumeWipes(...a);
