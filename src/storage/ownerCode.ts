import { boundToAppDb, type RelaisDb } from './db';
import { StorageError } from './errors';
import { guardWrite } from './guard';
import { parseMany } from './parse';
import { purposeOf } from './profileAttempts';
import { OWNER_PROFILE_NAME, profileRepository, type ProfileOptions, type ProfileSummary, type UnlockResult } from './profiles';
import { reassignRepository, ReassignConflictError } from './reassign';
import { dossierRecord, profileRecord } from './records';
import { dropOwnerKey, heldOwnerId } from './vault';

/**
 * The optional code of a personal phone's owner (docs/threat-model.md, decision 2): a profile with
 * purpose 'owner', at most one, never wiped. Setting it moves the dossiers already on the phone
 * under its key; removing it moves them back to the device key before its envelope goes, so no
 * dossier is ever left sealed under a key nobody can open again.
 */
export function ownerCodeRepository(db: RelaisDb) {
  const profiles = profileRepository(db);
  const reassign = reassignRepository(db);

  /** An autosave landing meanwhile makes a dossier's move start over; a few tries are plenty. */
  async function move(from: string | null, to: string | null): Promise<number> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await reassign.reassignDossiers(from, to);
      } catch (error) {
        if (!(error instanceof ReassignConflictError) || attempt >= 3) throw error;
      }
    }
  }

  async function ownerRow() {
    return parseMany(profileRecord, 'profiles', await db.main.profiles.toArray()).find((p) => purposeOf(p) === 'owner');
  }

  return {
    /** The owner's code as the lock screen needs it (its wait), or undefined when the phone has none. */
    async getOwnerProfile(): Promise<ProfileSummary | undefined> {
      const row = await ownerRow();
      if (!row) return undefined;
      const dossiers = await db.main.dossiers.where('ownerId').equals(row.id).count();
      return {
        id: row.id,
        name: row.name,
        failures: row.failures,
        ...(row.lastFailureAt === undefined ? {} : { lastFailureAt: row.lastFailureAt }),
        dossiers,
        // Not shown to the owner: nothing of theirs is ever wiped.
        waiting: 0,
      };
    },

    /**
     * Sets the code (OwnerCodeExistsError if there is one, WeakCodeError as createProfile) and
     * protects the dossiers already on the phone with it. The key stays held: the owner goes on.
     */
    async setOwnerCode(code: string, options: Omit<ProfileOptions, 'purpose'> = {}): Promise<{ id: string; name: string }> {
      const profile = await profiles.createProfile(OWNER_PROFILE_NAME, code, { ...options, purpose: 'owner' });
      await move(null, profile.id);
      return profile;
    },

    /**
     * After an unlock: a move cut short (a page closed while the code was set or removed) left
     * dossiers with no owner; they are protected now, since the phone has a code.
     */
    protectUnownedDossiers(ownerId: string): Promise<number> {
      return move(null, ownerId);
    },

    /**
     * Checks the code (counted like any unlock; never a wipe), moves every dossier back under the
     * device key, then deletes the owner's envelope and drops the key. Nothing changes when the
     * code is wrong or too early.
     */
    async removeOwnerCode(id: string, code: string, now: number = Date.now()): Promise<UnlockResult> {
      const row = await ownerRow();
      if (row?.id !== id) throw new StorageError('Not the owner code of this device.');
      const result = await profiles.unlockProfile(id, code, now);
      if (!result.ok) return result;
      await move(id, null);
      await guardWrite(() =>
        db.strict.transaction('rw', [db.strict.profiles, db.strict.dossiers], async () => {
          // A dossier still under this key would be lost with the envelope: then nothing goes.
          const left = parseMany(dossierRecord, 'dossiers', await db.strict.dossiers.where('ownerId').equals(id).toArray());
          if (left.length > 0) throw new StorageError('Dossiers are still sealed under the owner code.');
          await db.strict.profiles.delete(id);
        }),
      );
      if (heldOwnerId() === id) dropOwnerKey();
      return result;
    },
  };
}
export type OwnerCodeRepository = ReturnType<typeof ownerCodeRepository>;

/* Bound to the app's database as profiles.ts: only the phone-code screens use these. */
const appOwner = boundToAppDb(ownerCodeRepository);
export const getOwnerProfile: OwnerCodeRepository['getOwnerProfile'] = (...a) => appOwner().getOwnerProfile(...a);
export const setOwnerCode: OwnerCodeRepository['setOwnerCode'] = (...a) => appOwner().setOwnerCode(...a);
export const protectUnownedDossiers: OwnerCodeRepository['protectUnownedDossiers'] = (...a) => appOwner().protectUnownedDossiers(...a);
export const removeOwnerCode: OwnerCodeRepository['removeOwnerCode'] = (...a) => appOwner().removeOwnerCode(...a);
