import { expect, test, type Page, type Request } from './support/test';
import { findProcedure } from '@/procedures';
import { OUTBOX_SYNC_TAG } from '@/sync/syncTag';
import { RelaisApp } from './pages/RelaisApp';
import { fireBackgroundSync, syncTags } from './support/backgroundSync';
import { deviceDocumentDigests } from './support/deviceDocuments';
import { deviceOutboxIds } from './support/deviceOutbox';
import { E2E_BASE_URL } from './support/env';
import { walkToReview } from './support/procedureWalker';
import { serverReceipt } from './support/serverReceipt';
import { serverSubmission } from './support/serverDb';
import { waitForServiceWorker } from './support/serviceWorker';

const isAppPage = (page: Page) => page.url().startsWith(E2E_BASE_URL);
const isCreate = (request: Request) => request.method() === 'POST' && request.url().endsWith('/api/v1/submissions');

/**
 * Issue 5, Background Sync: a dossier filed with no network is delivered by the service worker
 * once the network is back, with every page of the app closed — so closing the app does not stop
 * delivery. Checked behind the server's API, then in the app reopened.
 */
test('filed offline, app closed, delivered by the service worker when the network is back', async ({ context, page }, testInfo) => {
  test.skip(testInfo.project.name !== 'tablet', 'Background Sync is the browser’s: one device is enough');
  test.setTimeout(90_000);
  const app = new RelaisApp(page);
  const procedure = findProcedure('renewal-cst-vpf');
  if (!procedure) throw new Error('renewal-cst-vpf is missing');

  await app.openHome();
  await waitForServiceWorker(page);
  await app.startRenewal();
  const { files } = await walkToReview(app, procedure, {}, 30);
  await expect(page.getByText(app.t('wizard:review.complete'))).toBeVisible();

  // Every create, from the page or from the worker (the context sees both).
  const creates: Request[] = [];
  context.on('request', (request) => {
    if (isCreate(request)) creates.push(request);
  });

  // Playwright's emulation reaches the service worker too: its requests fail and Chromium holds
  // the sync until the network is back (Playwright 1.65, Chromium 156).
  await context.setOffline(true);
  await app.fileDossier();
  await expect(page.getByText(app.t('delivery.offlineTitle'))).toBeVisible();
  // The page handed delivery over to the browser before anyone closes it.
  await expect.poll(() => syncTags(page)).toContain(OUTBOX_SYNC_TAG);
  const [submissionId, ...others] = await deviceOutboxIds(page);
  expect(others).toEqual([]);
  if (!submissionId) throw new Error('the dossier is not in the outbox');
  const onDevice = (await deviceDocumentDigests(page)).sort();

  // Close the app: a blank page keeps the context (and hosts the CDP session), no app page is left.
  const host = await context.newPage();
  await page.close();
  expect(context.pages().filter(isAppPage)).toEqual([]);
  let appPageOpened = false;
  const watchPages = (opened: Page) => {
    appPageOpened ||= isAppPage(opened);
    opened.on('framenavigated', () => (appPageOpened ||= isAppPage(opened)));
  };
  context.on('page', watchPages);
  watchPages(host);
  expect(serverSubmission(submissionId).rows).toBe(0);
  expect(creates).toEqual([]);

  // Back online, Chromium fires the held sync by itself; the test fires one too, as the browser
  // would on a later retry, so it does not rest on the emulation alone. Two events at once are
  // safe: the Web Lock lets one send, the other skips (and asks the browser to come back later).
  await context.setOffline(false);
  await fireBackgroundSync(context, host, { origin: E2E_BASE_URL, tag: OUTBOX_SYNC_TAG });

  await expect.poll(() => serverSubmission(submissionId).state, { timeout: 30_000 }).toBe('filed');
  // Nobody opened the app meanwhile: the service worker sent it, and only it.
  expect(appPageOpened).toBe(false);
  expect(context.pages().filter(isAppPage)).toEqual([]);
  expect(creates.length).toBeGreaterThan(0);
  for (const request of creates) expect(request.serviceWorker()).not.toBeNull();
  context.off('page', watchPages);

  const stored = serverSubmission(submissionId);
  expect(stored.rows).toBe(1);
  expect(stored.documents).toHaveLength(files.length);
  expect(stored.documents.every((doc) => doc.received)).toBe(true);
  expect(stored.documents.map((doc) => doc.sha256).sort()).toEqual(onDevice);
  expect(stored.documents.map((doc) => doc.bytesOnDiskSha256).sort()).toEqual(onDevice);
  const receipt = serverReceipt(submissionId);
  expect(receipt?.number).toMatch(/^RLS-\d{8}-[A-Z0-9]{6}$/);

  // Reopened, the app shows what the worker recorded: filed, with the server's receipt.
  await host.close();
  const reopened = new RelaisApp(await context.newPage());
  await reopened.openHome();
  const list = reopened.page.getByTestId('dossier-list');
  await expect(list.getByText(reopened.t('status.filed'))).toBeVisible();
  await list.getByRole('link').first().click();
  await expect(reopened.receiptNumber()).toHaveText(receipt?.number ?? '');
});
