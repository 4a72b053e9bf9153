import type { RelaisDb } from './db';
import type { z } from 'zod/mini';
import { createSessionKey, open, openJson, recordPlace, seal, type Plaintext } from './crypto';
import { fromUtf8 } from './crypto/bytes';
import { StorageError } from './errors';
import { guardWrite } from './guard';
import { parseOrSkip } from './parse';
import { keyRecord, storedSealed, type StoredSealed } from './records';
import type { TableName } from './schema';

/**
 * Which keys seal what (docs/threat-model.md, "Key hierarchy"):
 * - the **device key** (`device`), a non-extractable CryptoKey stored in `keys`, seals what must be
 *   readable with nobody at the device: the outbox body and a filed dossier's documents, which the
 *   service worker sends with the app closed. Personal devices seal everything under it.
 * - an **owner key**, held in this context's memory only: a mediator's profile key (unwrapped by
 *   their code) or a kiosk session's key (never stored). While one is held, new personal data is
 *   sealed under it; once it is dropped, what it sealed cannot be opened by anyone.
 * Web Crypto is asynchronous and IndexedDB commits a transaction that waits on anything else, so
 * values are sealed BEFORE a write transaction and opened AFTER a read, never inside.
 */
export const DEVICE_KEY_ID = 'device';

type OwnerKey = { id: string; key: CryptoKey };
let owner: OwnerKey | null = null;

/** A mediator unlocked their profile, or a kiosk session began: new data is sealed under their key. */
export function holdOwnerKey(id: string, key: CryptoKey): void {
  if (id === DEVICE_KEY_ID) throw new StorageError('An owner key cannot take the device key id.');
  owner = { id, key };
}

/** Lock, sign-out or kiosk reset: the key leaves memory; what it sealed is unreadable until unlocked again. */
export function dropOwnerKey(): void {
  owner = null;
}

/** The profile or session whose key is held, or null on a personal device (device key). */
export function heldOwnerId(): string | null {
  return owner?.id ?? null;
}

/** A kiosk person's key: made at the start of their visit, never written anywhere, dropped at reset. */
export async function startSessionKey(): Promise<string> {
  const id = `session-${crypto.randomUUID()}`;
  holdOwnerKey(id, await createSessionKey());
  return id;
}

/**
 * The value was sealed under a key this context does not hold: a locked profile, or a kiosk
 * session that has ended. Not damage: unlocking (when it is a profile) opens it again.
 */
export class LockedRecordError extends StorageError {
  constructor(
    readonly place: string,
    readonly keyId: string,
  ) {
    super(`Sealed data at "${place}" needs a key that is not unlocked (${keyId === DEVICE_KEY_ID ? 'device' : 'owner'}).`);
  }
}

const deviceKeys = new WeakMap<RelaisDb, Promise<CryptoKey>>();

async function loadOrCreateDeviceKey(db: RelaisDb): Promise<CryptoKey> {
  const found = parseOrSkip(keyRecord, 'keys', await db.main.keys.get(DEVICE_KEY_ID));
  if (found) return found.key;
  // Made outside the transaction (Web Crypto would let it commit); if another context (a tab, the
  // service worker) stored one meanwhile, theirs wins and ours is forgotten.
  const fresh = await createSessionKey();
  return guardWrite(() =>
    db.strict.transaction('rw', db.strict.keys, async () => {
      const stored = parseOrSkip(keyRecord, 'keys', await db.strict.keys.get(DEVICE_KEY_ID));
      if (stored) return stored.key;
      await db.strict.keys.put({ id: DEVICE_KEY_ID, key: fresh, createdAt: Date.now() });
      return fresh;
    }),
  );
}

/** Sealing and opening for the repositories of one database. */
export function vaultOf(db: RelaisDb) {
  function deviceKey(): Promise<CryptoKey> {
    let key = deviceKeys.get(db);
    if (!key) {
      key = loadOrCreateDeviceKey(db);
      // A failed load is not cached: the next write tries again.
      key.catch(() => deviceKeys.delete(db));
      deviceKeys.set(db, key);
    }
    return key;
  }

  async function keyFor(keyId: string, place: string): Promise<CryptoKey> {
    if (keyId === DEVICE_KEY_ID) return deviceKey();
    if (owner?.id === keyId) return owner.key;
    throw new LockedRecordError(place, keyId);
  }

  return {
    /**
     * Seals for the dossier's owner: under their key, which must be held (a photo finishing after
     * the tablet locked is refused, never sealed under the next mediator's key); a dossier with no
     * owner (personal device, or made before profiles existed) under the device key.
     */
    async seal(plaintext: Plaintext, table: TableName, id: string, field: string, ownerId: string | undefined): Promise<StoredSealed> {
      const place = recordPlace(table, id, field);
      if (ownerId === undefined) return { ...(await seal(await deviceKey(), plaintext, place)), k: DEVICE_KEY_ID };
      const held = owner;
      if (held?.id !== ownerId) throw new LockedRecordError(place, ownerId);
      return { ...(await seal(held.key, plaintext, place)), k: held.id };
    },

    /**
     * Seals under the device key whoever is signed in: for what the service worker must read. An
     * arrow function: it is handed around as the sealer of journal lines the sender writes.
     */
    sealForDevice: async (plaintext: Plaintext, table: TableName, id: string, field: string): Promise<StoredSealed> => {
      const place = recordPlace(table, id, field);
      return { ...(await seal(await deviceKey(), plaintext, place)), k: DEVICE_KEY_ID };
    },

    /** The bytes; TamperedRecordError when altered or moved, LockedRecordError when the key is not held. */
    async openBytes(sealed: StoredSealed, table: TableName, id: string, field: string): Promise<Uint8Array<ArrayBuffer>> {
      const place = recordPlace(table, id, field);
      return open(await keyFor(sealed.k, place), sealed, place);
    },

    async openText(sealed: StoredSealed, table: TableName, id: string, field: string): Promise<string> {
      return fromUtf8(await this.openBytes(sealed, table, id, field));
    },

    /** A sealed JSON value checked with `schema`: authentic but of another shape → CorruptRecordError. */
    async openJson<T>(sealed: StoredSealed, table: TableName, id: string, field: string, schema: z.ZodMiniType<T>): Promise<T> {
      const place = recordPlace(table, id, field);
      return openJson(await keyFor(sealed.k, place), sealed, place, schema);
    },

    /** A value sealed as JSON since v5 or 2026-11 or plain in an older row, opened and checked with `schema`. */
    async openField<T>(value: StoredSealed | T, table: TableName, id: string, field: string, schema: z.ZodMiniType<T>): Promise<T> {
      return isSealed(value) ? this.openJson(value, table, id, field, schema) : value;
    },

    /** True when the value can be opened in this context (its key is the device's or held). */
    canOpen(sealed: StoredSealed): boolean {
      return sealed.k === DEVICE_KEY_ID || owner?.id === sealed.k;
    },
  };
}
export type Vault = ReturnType<typeof vaultOf>;

/** Plain values were written before encryption existed (schema ≤ 4); they are read as they are. */
export function isSealed(value: unknown): value is StoredSealed {
  return storedSealed.safeParse(value).success;
}
