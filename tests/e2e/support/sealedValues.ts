import type { Page } from '@playwright/test';

/**
 * Lets a test read what the app sealed under the DEVICE key (src/storage/vault.ts), straight from
 * IndexedDB with no app code: the key is the non-extractable CryptoKey in the `keys` store, usable
 * by any script of the origin. The format is repeated here on purpose (AES-GCM, additional data
 * `relais/sealed/v1\n` + the place `table/id/field`): if the app's format changes without this
 * file, the tests that read the device fail loudly instead of reading garbage.
 *
 * After `installSealedOpener(page)`, a script in the page calls
 * `window.__relaisOpen(value, table, id, field)`: a plain (pre-v5) value comes back as it is, a
 * sealed one as an ArrayBuffer of its plaintext; `window.__relaisSeal(text, table, id, field)` seals.
 */
export type SealedOpener = (value: unknown, table: string, id: string, field: string) => Promise<unknown>;
/** Seals text under the device key, as the app would at that place (a forger with the unlocked phone can). */
export type SealedSealer = (text: string, table: string, id: string, field: string) => Promise<unknown>;

export async function installSealedOpener(page: Page): Promise<void> {
  await page.evaluate(() => {
    const target = window as unknown as { __relaisOpen?: SealedOpener; __relaisSeal?: SealedSealer };
    const settle = <T>(request: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
      });
    let key: Promise<CryptoKey> | undefined;
    const deviceKey = async () => {
      const db = await settle(indexedDB.open('relais'));
      try {
        const row = (await settle(db.transaction('keys').objectStore('keys').get('device'))) as { key: CryptoKey } | undefined;
        if (!row) throw new Error('no device key on this device');
        return row.key;
      } finally {
        db.close();
      }
    };
    const place = (table: string, id: string, field: string) => [table, id, field].map(encodeURIComponent).join('/');
    target.__relaisOpen = async (value, table, id, field) => {
      if (typeof value !== 'object' || value === null || !('ct' in value)) return value;
      const sealed = value as { k: string; iv: Uint8Array<ArrayBuffer>; ct: ArrayBuffer };
      if (sealed.k !== 'device') throw new Error(`${place(table, id, field)} is sealed under an owner key`);
      key ??= deviceKey();
      const additionalData = new TextEncoder().encode(`relais/sealed/v1\n${place(table, id, field)}`);
      return crypto.subtle.decrypt({ name: 'AES-GCM', iv: sealed.iv, additionalData }, await key, sealed.ct);
    };
    target.__relaisSeal = async (text, table, id, field) => {
      key ??= deviceKey();
      const iv = crypto.getRandomValues(new Uint8Array(12));
      const additionalData = new TextEncoder().encode(`relais/sealed/v1\n${place(table, id, field)}`);
      const ct = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData }, await key, new TextEncoder().encode(text));
      return { v: 1, k: 'device', iv, ct };
    };
  });
}
