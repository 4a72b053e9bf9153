import { seededRandom } from '../../server/src/faults/prng';
import { expect, test, type Page, type Request } from './support/test';
import { RelaisApp } from './pages/RelaisApp';
import { syncTags } from './support/backgroundSync';
import { E2E_BASE_URL, E2E_DATA_DIR } from './support/env';
import { pdfFile } from './support/files';
import { readDevice, runMarker, seedQueuedDossiers, type DeviceState } from './support/outboxSeed';
import { serverFilings } from './support/serverStore';

/**
 * Issue 5, delivery that survives people: a tab closed in the middle of an upload, again and
 * again, and two tabs open on the same outbox. Nothing may be lost, nothing may be filed twice.
 *
 * Only the pages deliver here. The browser's Background Sync would let the service worker send
 * behind the test's back while the pages are closed (background-sync.spec.ts covers that path), so
 * the permission is left out: named permissions replace the defaults, and the others are denied.
 */
test.use({ permissions: ['camera'] });

const isCreate = (request: Request) => request.method() === 'POST' && new URL(request.url()).pathname === '/api/v1/submissions';
const isChunk = (request: Request) => request.method() === 'PATCH' && /\/api\/v1\/submissions\/[^/]+\/documents\/[^/]+$/.test(request.url());
const isAppPage = (page: Page) => page.url().startsWith(E2E_BASE_URL);
/** A request that moves a delivery on (create, offset, chunk, complete); a GET only reads. */
const isDelivery = (request: Request) => new URL(request.url()).pathname.startsWith('/api/v1/submissions') && request.method() !== 'GET';

/** The last name as the frozen bodies carry it (normalised at filing): what the server stores. */
function filedLastName(device: DeviceState): string {
  const name = device.outbox[0]?.answers.lastName;
  if (typeof name !== 'string') throw new Error('the frozen body has no last name');
  return name;
}

/** The browser refused Background Sync: the pages are the only senders of this test. */
async function expectNoBackgroundSync(page: Page): Promise<void> {
  expect(await page.evaluate(async () => (await navigator.permissions.query({ name: 'background-sync' as PermissionName })).state)).toBe('denied');
  expect(await syncTags(page)).toEqual([]);
}

/** ~1.1 MB: five chunks of 256 KB, so a close can land between two of them as well as in one. */
const DOCUMENT_BYTES = 1_100_000;
/** Slows every chunk a little, as a weak line does, so that closes land in the middle of uploads. */
const CHUNK_DELAY_MS = 150;
const CLOSES = 10;

test('tab closed ten times in the middle of uploads, then reopened: nothing lost, nothing twice', async ({ context, page }, testInfo) => {
  test.skip(testInfo.project.name !== 'tablet', 'the delivery is what is tested: one device is enough');
  test.setTimeout(150_000);
  const seed = 20_260_505 + testInfo.repeatEachIndex + testInfo.retry * 1_000;
  const app = new RelaisApp(page);
  const marker = runMarker('Coupure');
  const { dossiers } = await seedQueuedDossiers(app, context, {
    count: 3,
    answers: { lastName: marker },
    run: 60,
    file: (type, _index, run) => pdfFile(`${type}.pdf`, `${type} ${run} ${marker}`, DOCUMENT_BYTES),
  });
  await expectNoBackgroundSync(page);
  const device = await readDevice(app);
  const lastName = filedLastName(device);
  expect(device.documents).toHaveLength(9);
  for (const doc of device.documents) expect(doc.size).toBeGreaterThan(4 * 256 * 1024);
  await page.close();

  // Every request the app makes, from any tab: creates by key, chunks as they go and as they land.
  const creates = new Map<string, number>();
  const chunksInFlight = new Set<Request>();
  const chunksAccepted: string[] = [];
  context.on('request', (request) => {
    if (isCreate(request)) {
      const key = request.headers()['idempotency-key'] ?? '';
      creates.set(key, (creates.get(key) ?? 0) + 1);
    }
    if (isChunk(request)) chunksInFlight.add(request);
  });
  context.on('requestfailed', (request) => chunksInFlight.delete(request));
  context.on('requestfinished', (request) => chunksInFlight.delete(request));
  // The response event, not request.response(): that one rejects once the tab is closed.
  context.on('response', (response) => {
    const request = response.request();
    // Which chunk of which document the server took: the same one twice would mean a restart.
    if (isChunk(request) && response.ok()) chunksAccepted.push(`${new URL(request.url()).pathname} @${request.headers()['upload-offset']}`);
  });
  await context.route(/\/api\/v1\/submissions\/[^/]+\/documents\/[^/]+$/, async (route) => {
    if (route.request().method() !== 'PATCH') return route.fallback().catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, CHUNK_DELAY_MS));
    // The tab may be gone meanwhile: its request goes nowhere, which is the point.
    await route.continue().catch(() => undefined);
  });

  await context.setOffline(false);
  const random = seededRandom(seed);
  const cuts: number[] = [];
  const progress: number[] = [];
  for (let close = 0; close < CLOSES; close++) {
    // A chunk held up when its tab closed never finishes nor fails: count each opening on its own.
    chunksInFlight.clear();
    const acceptedBefore = chunksAccepted.length;
    const tab = await context.newPage();
    // The clock starts when this tab starts delivering, not when it starts loading: how long a
    // page takes to load on a busy machine must not decide whether the close lands in an upload.
    const delivering = tab.waitForRequest(isDelivery, { timeout: 15_000 });
    await tab.goto('/');
    await delivering;
    await tab.waitForTimeout(Math.round(50 + random() * 750));
    cuts.push(chunksInFlight.size);
    // Every tab of the app, as when a phone kills the browser: nothing of the app stays open.
    for (const open of context.pages()) await open.close();
    expect(context.pages().filter(isAppPage)).toEqual([]);
    progress.push(chunksAccepted.length - acceptedBefore);
  }
  const filedBeforeReopen = serverFilings(E2E_DATA_DIR, lastName).filter((f) => f.state === 'filed').length;
  testInfo.annotations.push({
    type: 'interruptions',
    description: `seed ${seed}; chunks in flight at each close: ${cuts.join(' ')}; chunks taken per opening: ${progress.join(' ')}; filed before the last opening: ${filedBeforeReopen}/3`,
  });
  // The closes did land in the middle of uploads, not only before or after them.
  expect(cuts.filter((n) => n > 0).length).toBeGreaterThanOrEqual(5);

  // Opened once more, and left alone: it finishes (from where the server stopped).
  const reopened = new RelaisApp(await context.newPage());
  await reopened.openHome();
  const list = reopened.page.getByTestId('dossier-list');
  await expect(list.getByText(reopened.t('status.filed'), { exact: true })).toHaveCount(3, { timeout: 60_000 });

  // Behind the API: three filings, each once, nine documents, each once, the device's bytes.
  const filings = serverFilings(E2E_DATA_DIR, lastName);
  expect(filings.map((f) => f.id).sort()).toEqual(dossiers.map((d) => d.submissionId).sort());
  const digests = new Map(device.documents.map((doc) => [doc.id, doc.sha256]));
  for (const filing of filings) {
    expect(filing.state).toBe('filed');
    expect(filing.receiptNumber).toMatch(/^RLS-\d{8}-[A-Z0-9]{6}$/);
    // No partial or temporary file left behind beside the documents.
    expect(filing.strayFiles).toEqual([]);
  }
  const stored = filings.flatMap((f) => f.documents);
  expect(stored).toHaveLength(9);
  for (const doc of stored) {
    expect(doc.received).toBe(true);
    expect(doc.sha256).toBe(digests.get(doc.docId));
    expect(doc.bytesOnDiskSha256).toBe(digests.get(doc.docId));
  }
  // Only this device's three submissions were ever created; replays after a cut are the same key.
  expect([...creates.keys()].sort()).toEqual(dossiers.map((d) => d.submissionId).sort());
  // Each upload resumed where the server stopped: no chunk was taken twice.
  expect(chunksAccepted.length).toBeGreaterThan(0);
  expect(new Set(chunksAccepted).size).toBe(chunksAccepted.length);
  expect((await readDevice(reopened)).outbox).toEqual([]);
});

test('two tabs on a full outbox go online together: one sender, each dossier created once', async ({ context, page }, testInfo) => {
  test.skip(testInfo.project.name !== 'tablet', 'the delivery is what is tested: one device is enough');
  test.setTimeout(90_000);
  // Who asked for the send lock, and who got it: the runner asks with ifAvailable, so a tab that
  // finds it held gets null and skips. Logged around the browser's own LockManager, no app code.
  await context.addInitScript(() => {
    const log: { name: string; granted: boolean }[] = [];
    (window as unknown as { relaisLockLog: typeof log }).relaisLockLog = log;
    const locks = navigator.locks;
    const request = locks.request.bind(locks) as (name: string, ...rest: unknown[]) => Promise<unknown>;
    // An own property of this page's LockManager, over the prototype's: the lock itself is untouched.
    locks.request = (name: string, ...rest: unknown[]) => {
      const callback = rest.at(-1);
      if (typeof callback !== 'function') return request(name, ...rest);
      const logged = (lock: Lock | null) => {
        log.push({ name, granted: lock !== null });
        return (callback as (lock: Lock | null) => unknown)(lock);
      };
      return request(name, ...rest.slice(0, -1), logged);
    };
  });
  const lockLog = (tab: Page) => tab.evaluate(() => (window as unknown as { relaisLockLog: { name: string; granted: boolean }[] }).relaisLockLog.filter((entry) => entry.name === 'relais-outbox'));
  const clearLockLog = (tab: Page) => tab.evaluate(() => void ((window as unknown as { relaisLockLog: unknown[] }).relaisLockLog.length = 0));

  const first = new RelaisApp(page);
  const marker = runMarker('Onglets');
  const { dossiers } = await seedQueuedDossiers(first, context, { count: 10, answers: { lastName: marker }, run: 70 });
  await expectNoBackgroundSync(page);
  const lastName = filedLastName(await readDevice(first));

  // A second tab on the same device, opened offline (shell from the service worker).
  const second = new RelaisApp(await context.newPage());
  await second.openHome();
  await expect(second.page.getByTestId('dossier-list').getByText(second.t('status.waiting'), { exact: true })).toHaveCount(10);
  const tabs = [first, second];
  for (const tab of tabs) await clearLockLog(tab.page);

  const creates: Request[] = [];
  const writers = new Set<string>();
  context.on('request', (request) => {
    // A GET is a follow-up check, which any tab makes: only what moves a delivery on counts.
    if (!isDelivery(request)) return;
    if (isCreate(request)) creates.push(request);
    // Which context sent it: a tab (by its index) or the service worker.
    const from = request.serviceWorker() ? 'service worker' : `tab ${tabs.findIndex((tab) => tab.page === request.frame().page())}`;
    writers.add(from);
  });

  // Both tabs hear `online` at once, and both try to send.
  await context.setOffline(false);
  for (const tab of tabs) {
    await expect(tab.page.getByTestId('dossier-list').getByText(tab.t('status.filed'), { exact: true })).toHaveCount(10, { timeout: 30_000 });
  }

  // One create per dossier, and only this device's ten.
  const perKey = new Map<string, number>();
  for (const request of creates) {
    const key = request.headers()['idempotency-key'] ?? '';
    perKey.set(key, (perKey.get(key) ?? 0) + 1);
  }
  expect([...perKey.keys()].sort()).toEqual(dossiers.map((d) => d.submissionId).sort());
  expect([...perKey.values()].every((n) => n === 1)).toBe(true);

  // Both tabs tried; one of them held the lock and did all the sending, the other was refused.
  const logs = await Promise.all(tabs.map((tab) => lockLog(tab.page)));
  testInfo.annotations.push({ type: 'locks', description: `tab 0: ${JSON.stringify(logs[0])}; tab 1: ${JSON.stringify(logs[1])}; senders: ${[...writers].join(', ')}` });
  expect(logs.every((log) => log.length > 0)).toBe(true);
  expect(writers.size).toBe(1);
  const [sender] = [...writers];
  expect(sender).toMatch(/^tab [01]$/);
  const idle = logs[sender === 'tab 0' ? 1 : 0] ?? [];
  expect(idle.some((entry) => !entry.granted)).toBe(true);

  // Behind the API: ten filings, each once, each with its receipt and its three documents.
  const filings = serverFilings(E2E_DATA_DIR, lastName);
  expect(filings.map((f) => f.id).sort()).toEqual(dossiers.map((d) => d.submissionId).sort());
  for (const filing of filings) {
    expect(filing.state).toBe('filed');
    expect(filing.receiptNumber).toMatch(/^RLS-\d{8}-[A-Z0-9]{6}$/);
    expect(filing.documents.filter((doc) => doc.received)).toHaveLength(3);
  }
});
