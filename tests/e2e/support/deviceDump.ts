import type { Page } from '@playwright/test';

export type DeviceDump = Record<string, unknown[]>;

/**
 * Every row of every store of the app's IndexedDB, read straight from the browser (no app code).
 * Bytes become their length, so the dump can be searched as text for what a person typed.
 */
export function dumpDevice(page: Page): Promise<DeviceDump> {
  return page.evaluate(
    () =>
      new Promise<DeviceDump>((resolve, reject) => {
        const open = indexedDB.open('relais');
        open.onerror = () => reject(new Error('cannot open the relais database'));
        open.onsuccess = () => {
          const db = open.result;
          const names = [...db.objectStoreNames];
          const tx = db.transaction(names, 'readonly');
          const dump: DeviceDump = {};
          for (const name of names) {
            const request = tx.objectStore(name).getAll();
            request.onsuccess = () => {
              dump[name] = (request.result as unknown[]).map((row) =>
                JSON.parse(JSON.stringify(row, (_key, value: unknown) => (value instanceof ArrayBuffer ? `<${value.byteLength} bytes>` : value))) as unknown,
              );
            };
          }
          tx.oncomplete = () => {
            db.close();
            resolve(dump);
          };
          tx.onerror = () => reject(new Error('cannot read the database'));
        };
      }),
  );
}

/** The stores that hold a person's data (settings and the server's public keys do not). */
export const PERSONAL_STORES = ['dossiers', 'documents', 'blobs', 'outbox', 'receipts', 'journal', 'attestations', 'followUps', 'mandates'] as const;
