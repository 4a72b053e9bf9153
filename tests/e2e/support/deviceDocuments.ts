import type { Page } from '@playwright/test';

/** The SHA-256 of every document the device holds, read straight from IndexedDB (no app code). */
export function deviceDocumentDigests(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('relais');
        open.onerror = () => reject(new Error('cannot open the relais database'));
        open.onsuccess = () => {
          const request = open.result.transaction('documents').objectStore('documents').getAll();
          request.onsuccess = () => resolve((request.result as { sha256: string }[]).map((doc) => doc.sha256));
          request.onerror = () => reject(new Error('cannot read documents'));
        };
      }),
  );
}

/** The bytes of every document the device holds, read straight from IndexedDB (no app code). */
export async function deviceDocumentBytes(page: Page): Promise<Buffer[]> {
  const all = await page.evaluate(
    () =>
      new Promise<number[][]>((resolve, reject) => {
        const open = indexedDB.open('relais');
        open.onerror = () => reject(new Error('cannot open the relais database'));
        open.onsuccess = () => {
          const request = open.result.transaction('blobs').objectStore('blobs').getAll();
          request.onsuccess = () => resolve((request.result as { bytes: ArrayBuffer }[]).map((row) => [...new Uint8Array(row.bytes)]));
          request.onerror = () => reject(new Error('cannot read blobs'));
        };
      }),
  );
  return all.map((bytes) => Buffer.from(bytes));
}
