import type { Page } from '@playwright/test';

/** The ids of the outbox rows on the device (each is the submission's Idempotency-Key), no app code. */
export function deviceOutboxIds(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('relais');
        open.onerror = () => reject(new Error('cannot open the relais database'));
        open.onsuccess = () => {
          const request = open.result.transaction('outbox').objectStore('outbox').getAllKeys();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result.map(String));
          };
          request.onerror = () => reject(new Error('cannot read the outbox'));
        };
      }),
  );
}
