import { getDb } from './db';
import { parseMany } from './parse';
import { profileRecord } from './records';

/**
 * Whether this phone's owner has set a code. Apart from ownerCode.ts on purpose: the app shell
 * asks it on every personal phone at start, and must not bring the key derivation along.
 */
export async function hasOwnerCode(): Promise<boolean> {
  const rows = parseMany(profileRecord, 'profiles', await getDb().main.profiles.toArray());
  return rows.some((profile) => profile.purpose === 'owner');
}
