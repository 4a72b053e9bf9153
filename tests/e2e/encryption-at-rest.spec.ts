import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_LAUNCH } from '../../scripts/lib/chromium';
import { findProcedure } from '@/procedures';
import { expect, test } from './support/test';
import { RelaisApp } from './pages/RelaisApp';
import { E2E_BASE_URL } from './support/env';
import { pdfFile } from './support/files';
import { serveConfig } from './support/runtimeConfig';
import { walkToReview } from './support/procedureWalker';
import { waitForServiceWorker } from './support/serviceWorker';

/**
 * Issue 6: what a person types and scans is sealed before it reaches the disk (src/storage/vault.ts).
 * Chromium keeps IndexedDB values in plain files (LevelDB logs, blob files), so a search of the
 * profile finds anything stored in clear: the positive control stores one canary in clear on
 * purpose and must be found, or the search proves nothing.
 */
test.skip(({ isMobile }) => isMobile, 'one browser profile is enough: the tablet project covers it');

/** Unique in the profile, so that a hit can only be this run's value. */
function randomLetters(): string {
  return [...crypto.randomUUID().replace(/-/g, '').slice(0, 12)].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

/** Every file under `dir`, with the canaries it holds (UTF-8/Latin-1 and UTF-16, as V8 stores strings). */
function findInFiles(dir: string, needles: readonly string[]): Map<string, string[]> {
  const found = new Map<string, string[]>(needles.map((n) => [n, []]));
  const patterns = needles.map((n) => [n, [Buffer.from(n, 'latin1'), Buffer.from(n, 'utf16le')]] as const);
  const walk = (path: string): void => {
    for (const name of readdirSync(path)) {
      const full = join(path, name);
      const stat = statSync(full, { throwIfNoEntry: false });
      if (!stat) continue;
      if (stat.isDirectory()) walk(full);
      else if (stat.isFile()) {
        const bytes = readFileSync(full);
        for (const [needle, forms] of patterns) if (forms.some((form) => bytes.includes(form))) found.get(needle)?.push(relative(dir, full));
      }
    }
  };
  walk(dir);
  return found;
}

/** The app's own stores in a Chromium profile: where Relais writes, and where sealing must hold everywhere. */
const APP_STORES = /^Default\/(IndexedDB|Service Worker|Local Storage|Session Storage)\//;

/**
 * Two devices. A kiosk (shared): nothing anywhere in the profile, not even in the browser's own
 * autofill history or session-restore files, because a shared device turns autocomplete off. A
 * personal phone keeps autofill (typing a name twice on a 2G phone helps nobody): sealing holds in
 * the app's stores, and the browser's own files are the phone's lock's to protect
 * (docs/threat-model.md).
 */
const DEVICES = [
  { mode: 'kiosk', scope: 'the whole profile', inScope: () => true },
  { mode: 'personal', scope: "the app's stores", inScope: (file: string) => APP_STORES.test(file) },
] as const;

for (const device of DEVICES) test(`${device.mode}: a canary typed and scanned into a dossier is found nowhere in ${device.scope} on disk`, async () => {
  test.setTimeout(120_000);
  const procedure = findProcedure('renewal-cst-vpf');
  if (!procedure) throw new Error('renewal-cst-vpf is missing');
  // Letters only: it goes into a name field, which refuses digits.
  const CANARY = `Kanari${randomLetters()}`;
  const CONTROL = `Controle${randomLetters()}`;
  const profile = mkdtempSync(join(tmpdir(), 'relais-profile-'));
  try {
    const context = await chromium.launchPersistentContext(profile, {
      ...CHROMIUM_LAUNCH,
      headless: true,
      baseURL: E2E_BASE_URL,
      locale: 'fr-FR',
      timezoneId: 'Europe/Paris',
      serviceWorkers: 'allow',
      viewport: { width: 1024, height: 768 },
    });
    await serveConfig(context, () => ({ deviceMode: device.mode, kioskIdleSeconds: 3_600 }));
    const page = context.pages()[0] ?? (await context.newPage());
    const app = new RelaisApp(page);
    await app.openHome();
    await waitForServiceWorker(page);

    await app.startRenewal();
    await walkToReview(app, procedure, { lastName: CANARY }, 71, undefined, (type) => pdfFile(`${type}.pdf`, `${type} ${CANARY}`));
    await expect(page.getByText(app.t('wizard:review.complete'))).toBeVisible();
    // Filed with no network: the frozen request (answers and all) waits in the outbox, on disk.
    await context.route(/\/api\/v1\//, (route) => route.abort('internetdisconnected'));
    await app.fileDossier();
    await expect(page.getByText(app.t('delivery.offlineTitle'))).toBeVisible({ timeout: 15_000 });

    // The positive control: the same browser, the same kind of store, in clear — a short string
    // (LevelDB log) and a document-sized value (blob file), as the app's rows would be without sealing.
    await page.evaluate(async (control) => {
      const bytes = new Uint8Array(300_000);
      for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 2654435761) >>> 24;
      bytes.set(new TextEncoder().encode(control), 150_000);
      await new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('positive-control');
        open.onupgradeneeded = () => open.result.createObjectStore('rows');
        open.onerror = () => reject(new Error('cannot open the control database'));
        open.onsuccess = () => {
          const tx = open.result.transaction('rows', 'readwrite');
          tx.objectStore('rows').put({ text: control, bytes: bytes.buffer }, 1);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(new Error('cannot write the control'));
        };
      });
    }, CONTROL);
    await context.close(); // the browser writes everything out as it shuts

    // What describes the dossier is sealed too: which procedure, and what happened (history kinds).
    // Searched in IndexedDB only: the app's code and texts (Cache Storage) name them all.
    const DESCRIPTIVE = [procedure.id, 'answers-changed', 'document-added'];
    const found = findInFiles(profile, [CANARY, CONTROL, ...DESCRIPTIVE]);
    expect(found.get(CONTROL)?.some((file) => file.startsWith('Default/IndexedDB/')), `control found in ${found.get(CONTROL)?.join(', ')}`).toBe(true);
    expect(found.get(CANARY)?.filter(device.inScope), 'files holding the canary in clear').toEqual([]);
    for (const marker of DESCRIPTIVE) {
      expect(found.get(marker)?.filter((file) => file.startsWith('Default/IndexedDB/')), `IndexedDB files naming ${marker}`).toEqual([]);
    }
    test.info().annotations.push({ type: 'canary outside the app stores', description: found.get(CANARY)?.join(', ') ?? '' });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});

test('a dossier altered on the device is refused with a clear message, never shown, and can be erased', async ({ page }) => {
  const app = new RelaisApp(page);
  await app.openHome();
  await app.startRenewal();
  await app.fill('lastName', 'Intacte');
  await expect(page.getByText(app.t('wizard:save.saved'))).toBeVisible();
  const dossierUrl = page.url();

  // One bit of the sealed name flipped, straight in IndexedDB, as a tool on the disk could.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('relais');
        open.onsuccess = () => {
          const tx = open.result.transaction('dossiers', 'readwrite');
          const store = tx.objectStore('dossiers');
          const all = store.getAll();
          all.onsuccess = () => {
            for (const row of all.result as { answers: Record<string, { ct?: ArrayBuffer }> }[]) {
              const sealed = row.answers.lastName;
              if (!sealed?.ct) continue;
              const ct = new Uint8Array(sealed.ct.slice(0));
              ct[0] = (ct[0] ?? 0) ^ 1;
              sealed.ct = ct.buffer;
              store.put(row);
            }
          };
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(new Error('cannot alter'));
        };
        open.onerror = () => reject(new Error('cannot open'));
      }),
  );

  await page.goto(dossierUrl);
  await expect(page.getByText(app.t('errors.dossier-tampered'))).toBeVisible();
  await expect(page.getByRole('textbox')).toHaveCount(0);
  // Not listed as if it were fine, and the person can get rid of it.
  await page.getByRole('button', { name: app.t('errors.eraseTampered') }).click();
  await expect(page.getByRole('heading', { level: 1, name: app.t('home.title') })).toBeVisible();
  await page.goto(dossierUrl);
  await expect(page.getByText(app.t('errors.dossier-not-found'))).toBeVisible();
});
