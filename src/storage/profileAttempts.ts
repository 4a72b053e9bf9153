import { lockoutAfter, MAX_FAILED_ATTEMPTS, waitBeforeNextAttempt, type Lockout } from './crypto';
import type { RelaisDb } from './db';
import { RecordNotFoundError } from './errors';
import { guardWrite } from './guard';
import { parseOne } from './parse';
import { profileRecord, type ProfileRecord } from './records';

/**
 * The count of wrong codes of a profile, shared by unlocking and changing a code: both try the
 * current code, so both are guesses and both are counted the same way.
 */

export type ProfilePurpose = 'mediator' | 'owner';

export const purposeOf = (profile: Pick<ProfileRecord, 'purpose'>): ProfilePurpose => profile.purpose ?? 'mediator';

/**
 * The owner of a phone is never wiped: the phone may hold their only copy of a receipt
 * (docs/threat-model.md, decision 2). Past the last step the count keeps the longest wait (30 min)
 * instead, which still makes guessing six digits a matter of decades.
 */
const countedFor = (purpose: ProfilePurpose, failures: number) =>
  purpose === 'owner' ? Math.min(failures, MAX_FAILED_ATTEMPTS - 1) : failures;

export function lockoutFor(purpose: ProfilePurpose, failures: number): Lockout {
  const lockout = lockoutAfter(countedFor(purpose, failures));
  return purpose === 'owner' ? { ...lockout, wipe: false } : lockout;
}

/** Milliseconds before the next code may be tried; the screens count it down with this too. */
export function profileWait(purpose: ProfilePurpose, failures: number, lastFailureAt: number, now: number): number {
  return waitBeforeNextAttempt(countedFor(purpose, failures), lastFailureAt, now);
}

export type Begun = { wipe: true } | { wait: number } | { counted: ProfileRecord };

/**
 * The attempt is counted BEFORE the code is tried, in one transaction with the checks: a tab
 * closed during the key derivation has used its try, and two tabs cannot both slip in one try.
 */
export function beginAttempt(db: RelaisDb, id: string, now: number): Promise<Begun> {
  // The failure count must survive a power cut: a lost increment would be a free guess.
  const s = db.strict;
  return guardWrite(() =>
    s.transaction('rw', s.profiles, async (): Promise<Begun> => {
      const profile = parseOne(profileRecord, 'profiles', await s.profiles.get(id));
      if (!profile) throw new RecordNotFoundError('profiles', id);
      const purpose = purposeOf(profile);
      if (purpose === 'mediator' && profile.failures >= MAX_FAILED_ATTEMPTS) return { wipe: true };
      const wait = profile.failures === 0 ? 0 : profileWait(purpose, profile.failures, profile.lastFailureAt ?? now, now);
      if (wait > 0) return { wait };
      const counted: ProfileRecord = { ...profile, failures: profile.failures + 1, lastFailureAt: now };
      await s.profiles.put(counted);
      return { counted };
    }),
  );
}

/** The right code: the count goes back to 0; `change` may replace other fields at the same time (a new envelope). */
export function resetFailures(db: RelaisDb, id: string, change: Partial<Pick<ProfileRecord, 'envelope'>> = {}): Promise<ProfileRecord> {
  const s = db.strict;
  return guardWrite(() =>
    s.transaction('rw', s.profiles, async () => {
      const found = parseOne(profileRecord, 'profiles', await s.profiles.get(id));
      if (!found) throw new RecordNotFoundError('profiles', id);
      const { lastFailureAt: _cleared, ...profile } = found;
      const reset: ProfileRecord = { ...profile, ...change, failures: 0 };
      await s.profiles.put(reset);
      return reset;
    }),
  );
}
