import { expect, test, type Page } from './support/test';
import { findProcedure } from '@/procedures';
import { runOperator } from '../../server/src/operator/cli';
import { RelaisApp } from './pages/RelaisApp';
import { installSealedOpener, type SealedOpener, type SealedSealer } from './support/sealedValues';
import { E2E_DATA_DIR } from './support/env';
import { walkToReview } from './support/procedureWalker';
import { waitForServiceWorker } from './support/serviceWorker';

/** The prefecture's side, through the reference server's operator tool (same data folder). */
function operator(...argv: string[]): string {
  const out: string[] = [];
  const code = runOperator(argv, { dataDir: E2E_DATA_DIR, out: (text) => out.push(text), err: (text) => out.push(text) });
  if (code !== 0) throw new Error(`operator ${argv.join(' ')} failed: ${out.join('\n')}`);
  return out.join('\n');
}

/**
 * Changes one field of the stored receipt behind the app's back, as a forger holding the unlocked
 * phone would: the receipt is sealed at rest, so they open it with the device key, change the
 * filing time and seal it again. Only the server's signature can tell.
 */
async function tamperWithReceipt(page: Page): Promise<void> {
  await installSealedOpener(page);
  await page.evaluate(async () => {
    const vault = window as unknown as { __relaisOpen: SealedOpener; __relaisSeal: SealedSealer };
    const settle = <T>(request: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
      });
    const db = await settle(indexedDB.open('relais'));
    const [row] = (await settle(db.transaction('receipts').objectStore('receipts').getAll())) as { submissionId: string; content: unknown }[];
    if (!row) throw new Error('no receipt');
    const plain = new TextDecoder().decode((await vault.__relaisOpen(row.content, 'receipts', row.submissionId, 'content')) as ArrayBuffer);
    const receipt = JSON.parse(plain) as { filedAt: string };
    // One day earlier: what someone would do to look as if they had filed in time.
    const earlier = { ...receipt, filedAt: new Date(Date.parse(receipt.filedAt) - 86_400_000).toISOString() };
    const content = await vault.__relaisSeal(JSON.stringify(earlier), 'receipts', row.submissionId, 'content');
    await settle(db.transaction('receipts', 'readwrite').objectStore('receipts').put({ ...row, content }));
    db.close();
  });
}

/** One bit of the sealed receipt flipped on disk, with no key: what a tool on the files could do. */
async function flipReceiptByte(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const settle = <T>(request: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
      });
    const db = await settle(indexedDB.open('relais'));
    const [row] = (await settle(db.transaction('receipts').objectStore('receipts').getAll())) as { content: { ct: ArrayBuffer } }[];
    if (!row) throw new Error('no receipt');
    const ct = new Uint8Array(row.content.ct.slice(0));
    ct[0] = (ct[0] ?? 0) ^ 1;
    await settle(db.transaction('receipts', 'readwrite').objectStore('receipts').put({ ...row, content: { ...row.content, ct: ct.buffer } }));
    db.close();
  });
}

test('after filing: signed receipt checked offline, review progress and an attestation kept on the device; a tampered receipt is invalid', async ({ page, context }, testInfo) => {
  test.skip(testInfo.project.name !== 'tablet', 'one device is enough');
  test.setTimeout(90_000);
  const app = new RelaisApp(page);
  const procedure = findProcedure('renewal-cst-vpf');
  if (!procedure) throw new Error('renewal-cst-vpf is missing');
  await app.openHome();
  await waitForServiceWorker(page);
  await app.startRenewal();
  await walkToReview(app, procedure, {}, 10);
  await app.fileDossier();
  await expect(app.receiptNumber()).toBeVisible({ timeout: 20_000 });
  const number = (await app.receiptNumber().textContent()) ?? '';

  const receipt = page.getByTestId('receipt');
  await expect(receipt.getByTestId('signature-check')).toHaveAttribute('data-check', 'valid');
  const followUp = page.getByTestId('follow-up');
  await expect(followUp.getByTestId('follow-up-stage')).toHaveText(app.t('wizard:followUp.stage.received'));

  operator('review', number);
  operator('attest', number, '--months', '3');
  await followUp.getByRole('button', { name: app.t('wizard:followUp.checkNow') }).click();
  await expect(followUp.getByTestId('follow-up-stage')).toHaveText(app.t('wizard:followUp.stage.under-review'));
  const attestation = followUp.getByTestId('attestation');
  await expect(attestation).toHaveCount(1);
  await expect(attestation.getByTestId('signature-check')).toHaveAttribute('data-check', 'valid');

  // A refusal sends the person at once to a lawyer, an association or a point-justice (REVIEW row 4).
  operator('decide', number, 'refused');
  await followUp.getByRole('button', { name: app.t('wizard:followUp.checkNow') }).click();
  await expect(followUp.getByTestId('follow-up-stage')).toHaveText(app.t('wizard:followUp.decided.refused'));
  const help = followUp.getByTestId('refusal-help');
  for (const place of ['lawyer', 'association', 'pointJustice']) await expect(help.getByText(app.t(`wizard:refusalHelp.${place}`))).toBeVisible();
  await expect(followUp).not.toContainText(app.t('wizard:refusalHelp.implicitTitle'));

  // In the prefecture queue, with no network: everything is still there and still verified.
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByTestId('receipt').getByTestId('signature-check')).toHaveAttribute('data-check', 'valid');
  await expect(page.getByTestId('attestation').getByTestId('signature-check')).toHaveAttribute('data-check', 'valid');
  await expect(page.getByTestId('follow-up').locator('.follow-up__checked')).toContainText(/\d{2}:\d{2}/);

  await tamperWithReceipt(page);
  await page.reload();
  await expect(page.getByTestId('receipt').getByText(app.t('wizard:signature.invalidTitle.receipt'))).toBeVisible();
  await expect(page.getByTestId('receipt').getByTestId('signature-check')).toHaveCount(0);

  // A forger without the key can only flip bytes: the sealed receipt no longer opens, and is said invalid.
  await flipReceiptByte(page);
  await page.reload();
  await expect(page.getByText(app.t('wizard:signature.invalidTitle.receipt'))).toBeVisible();
  await expect(page.getByTestId('receipt-number')).toHaveCount(0);
  await context.setOffline(false);

  // The person's right to erase: asked twice, then nothing of the dossier stays on the device.
  await page.getByRole('button', { name: app.t('erase.start') }).click();
  await expect(page.getByText(app.t('erase.delivered'))).toBeVisible();
  await page.getByRole('button', { name: app.t('erase.confirm') }).click();
  await expect(page.getByRole('heading', { level: 1, name: app.t('home.title') })).toBeVisible();
  const left = await page.evaluate(
    () =>
      new Promise<number[]>((resolve, reject) => {
        const open = indexedDB.open('relais');
        open.onerror = () => reject(new Error('cannot open relais'));
        open.onsuccess = () => {
          const names = ['dossiers', 'documents', 'blobs', 'receipts', 'attestations', 'journal'];
          const tx = open.result.transaction(names);
          Promise.all(
            names.map((name) => new Promise<number>((done) => {
              const count = tx.objectStore(name).count();
              count.onsuccess = () => done(count.result);
            })),
          ).then(resolve, reject);
        };
      }),
  );
  expect(left).toEqual([0, 0, 0, 0, 0, 0]);
});
