import type { Page } from '@playwright/test';
import { installSealedOpener, type SealedOpener } from './sealedValues';

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

/**
 * The bytes of every document the device holds, read straight from IndexedDB (no app code) and
 * opened with the device key (support/sealedValues.ts).
 */
export async function deviceDocumentBytes(page: Page): Promise<Buffer[]> {
  await installSealedOpener(page);
  const all = await page.evaluate(async () => {
    const openSealed = (window as unknown as { __relaisOpen: SealedOpener }).__relaisOpen;
    const rows = await new Promise<{ id: string; bytes: unknown }[]>((resolve, reject) => {
      const open = indexedDB.open('relais');
      open.onerror = () => reject(new Error('cannot open the relais database'));
      open.onsuccess = () => {
        const request = open.result.transaction('blobs').objectStore('blobs').getAll();
        request.onsuccess = () => resolve(request.result as { id: string; bytes: unknown }[]);
        request.onerror = () => reject(new Error('cannot read blobs'));
      };
    });
    return Promise.all(rows.map(async (row) => [...new Uint8Array((await openSealed(row.bytes, 'blobs', row.id, 'bytes')) as ArrayBuffer)]));
  });
  return all.map((bytes) => Buffer.from(bytes));
}
