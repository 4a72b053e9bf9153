import { deleteRelaisDb, getDb } from './db';
import { dropOwnerKey } from './vault';

/**
 * Everything Relais keeps on this device goes: the whole database, keys and envelopes included
 * (a forgotten phone code: what it sealed can never be opened again anyway). Other tabs and the
 * service worker close their connections when asked (Dexie closes on `versionchange`), so the
 * deletion is not blocked by them.
 */
export async function eraseDevice(): Promise<void> {
  dropOwnerKey();
  await deleteRelaisDb(getDb());
}
