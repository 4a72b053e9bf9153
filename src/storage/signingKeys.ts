import type { PublicKey } from '@/contract';
import type { RelaisDb } from './db';
import { guardWrite } from './guard';
import { parseOrSkip } from './parse';
import { signingKeyRecord, type SigningKeyRecord } from './records';

export interface SavedSigningKeys {
  /** Key ids stored by this call (new to the device, or replacing a damaged copy). */
  added: string[];
  /** Key ids already known with OTHER key material: kept as first seen, the new one ignored. */
  refused: string[];
}

const sameKey = (a: PublicKey, b: PublicKey) => a.kty === b.kty && a.crv === b.crv && a.x === b.x && a.y === b.y;

/**
 * The server's public keys, trusted on first use: the first key seen under an id is the one every
 * later signature is checked against, offline. Losing them only costs a new download, so writes use
 * the relaxed connection.
 */
export function signingKeyRepository(db: RelaisDb) {
  const d = db.main;

  return {
    /**
     * Never swaps the key behind a known id: whoever could answer in the server's name (a hostile
     * network, a fake server) could otherwise make forged receipts and attestations check as valid.
     * A rotated key comes under a new id and is simply added.
     */
    async saveSigningKeys(keys: readonly PublicKey[]): Promise<SavedSigningKeys> {
      const storedAt = Date.now();
      return guardWrite(() =>
        d.transaction('rw', d.signingKeys, async () => {
          const result: SavedSigningKeys = { added: [], refused: [] };
          for (const key of keys) {
            const known = parseOrSkip(signingKeyRecord, 'signingKeys', await d.signingKeys.get(key.kid), 'kid');
            if (known) {
              if (!sameKey(known, key)) result.refused.push(key.kid);
              continue;
            }
            const { kid, kty, crv, x, y } = key;
            await d.signingKeys.put({ kid, kty, crv, x, y, storedAt });
            result.added.push(kid);
          }
          return result;
        }),
      );
    },

    /**
     * The key stored under `kid`. A damaged row reads as absent (and is logged): the next check
     * downloads the key again instead of failing on it forever.
     */
    async getSigningKey(kid: string): Promise<SigningKeyRecord | undefined> {
      return parseOrSkip(signingKeyRecord, 'signingKeys', await d.signingKeys.get(kid), 'kid');
    },
  };
}
export type SigningKeyRepository = ReturnType<typeof signingKeyRepository>;
