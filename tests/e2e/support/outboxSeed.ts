/**
 * A full outbox, fast. Filing dossiers through the screens takes ~15 s each, so a test that needs
 * fifty files ONE through the UI (offline, so it stays queued) and copies it straight in the
 * browser's IndexedDB with fresh ids: the app then holds N dossiers that differ only by their ids,
 * exactly as if a person had filed them one by one with the same answers and the same files.
 *
 * The copies are written with plain IndexedDB (no app code), in the shapes of
 * src/storage/records.ts. Every read of the app is zod-parsed, so a wrong field would hide a row;
 * `seedQueuedDossiers` therefore checks, on the home screen, that the app sees all N of them.
 */
import { expect, type BrowserContext } from '@playwright/test';
import type { Answers } from '@/contract';
import { findProcedure } from '@/procedures';
import type { DocumentRecord, DossierRecord, OutboxRecord } from '@/storage';
import type { RelaisApp } from '../pages/RelaisApp';
import { parisDate } from './dates';
import { pdfFile, pngFile, type FixtureFile } from './files';
import { installSealedOpener, type SealedOpener } from './sealedValues';
import { walkToReview } from './procedureWalker';
import { waitForServiceWorker } from './serviceWorker';

export type SeededDossier = { dossierId: string; submissionId: string; documentIds: string[] };

export type SeedOptions = {
  /** How many queued dossiers the device holds in the end (the one filed in the UI included). */
  count: number;
  /** Answers that win over the walker's defaults (a last name that marks this run, say). */
  answers?: Answers;
  /** Varies the walker's files from one run to another. */
  run?: number;
  /** The file of each required document; optional ones are left empty. */
  file?: (documentType: string, index: number, run: number) => FixtureFile;
};

/**
 * A change of address: three documents (card, passport, proof of address) and no more once the
 * optional one is left out, which is the dossier the delivery tests reason about. The card is far
 * from expiry (near it, a renewal would be the right procedure) and no new card is asked for.
 */
const PROCEDURE_ID = 'change-of-address';
const DEFAULT_ANSWERS: Answers = { permitExpiry: parisDate(2 * 365), newCardRequested: 'no' };

const defaultFile = (type: string, index: number, run: number): FixtureFile =>
  index % 2 === 0 ? pngFile(`${type}.png`, run + index) : pdfFile(`${type}.pdf`, `${type} ${run}`);

export type Seeded = { dossiers: SeededDossier[]; files: FixtureFile[] };

/**
 * Opens the app online (to install the service worker), walks a change of address to its review, cuts the
 * network, files it, and copies it until `count` dossiers wait in the outbox. Leaves the context
 * OFFLINE and the app's page on the home screen, reloaded so that it reads the copies.
 */
export async function seedQueuedDossiers(app: RelaisApp, context: BrowserContext, options: SeedOptions): Promise<Seeded> {
  const { page } = app;
  const procedure = findProcedure(PROCEDURE_ID);
  if (!procedure) throw new Error(`${PROCEDURE_ID} is missing`);
  const file = options.file ?? defaultFile;

  await app.openHome();
  await waitForServiceWorker(page);
  await app.startProcedure(PROCEDURE_ID);
  const { files } = await walkToReview(
    app,
    procedure,
    { ...DEFAULT_ANSWERS, ...options.answers },
    options.run ?? 40,
    undefined,
    (type, index, run, required) => (required ? file(type, index, run) : null),
  );
  await expect(page.getByText(app.t('wizard:review.complete'))).toBeVisible();

  await context.setOffline(true);
  await app.fileDossier();
  await expect(page.getByText(app.t('delivery.offlineTitle'))).toBeVisible();

  const original = await queuedDossierId(app);
  const copies = await cloneQueuedDossier(app, original, options.count - 1);

  // Plain IndexedDB writes bypass Dexie's change signals: a reload makes the screens read them.
  // Offline, the shell comes from the service worker.
  await page.goto('/');
  const list = page.getByTestId('dossier-list');
  await expect(list.getByText(app.t('status.waiting'), { exact: true })).toHaveCount(options.count, { timeout: 15_000 });
  return { dossiers: [await describeDossier(app, original), ...copies], files };
}

/** The one dossier the UI just filed (its outbox row exists once the "offline" notice shows). */
async function queuedDossierId(app: RelaisApp): Promise<string> {
  const ids = await app.page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('relais');
        open.onerror = () => reject(new Error('cannot open the relais database'));
        open.onsuccess = () => {
          const request = open.result.transaction('outbox').objectStore('outbox').getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve((request.result as { dossierId: string }[]).map((row) => row.dossierId));
          };
          request.onerror = () => reject(new Error('cannot read the outbox'));
        };
      }),
  );
  if (ids.length !== 1 || ids[0] === undefined) throw new Error(`expected one queued dossier, found ${ids.length}`);
  return ids[0];
}

async function describeDossier(app: RelaisApp, dossierId: string): Promise<SeededDossier> {
  const device = await readDevice(app);
  const dossier = device.dossiers.find((d) => d.id === dossierId);
  if (!dossier?.submissionId) throw new Error(`dossier ${dossierId} has no submission id`);
  const outbox = device.outbox.find((row) => row.id === dossier.submissionId);
  return { dossierId, submissionId: dossier.submissionId, documentIds: outbox?.documentIds ?? [] };
}

/**
 * Copies a queued dossier `copies` times: dossier (status queued, its own submission id), its
 * document rows and their bytes (new ids), its history, and an outbox row as `fileDossier` writes
 * it — the frozen body with the new document ids, that body's SHA-256, stage `create`, nothing
 * uploaded, never tried, due at once. Same bytes under other ids: the server keys documents by
 * submission, so each copy is a distinct filing.
 */
export async function cloneQueuedDossier(app: RelaisApp, dossierId: string, copies: number): Promise<SeededDossier[]> {
  await installSealedOpener(app.page);
  return app.page.evaluate(
    async ({ dossierId, copies }) => {
      const openSealed = (window as unknown as { __relaisOpen: SealedOpener }).__relaisOpen;
      const settle = <T>(request: IDBRequest<T>) =>
        new Promise<T>((resolve, reject) => {
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
        });
      const sha256Hex = async (text: string) =>
        [...new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)))]
          .map((byte) => byte.toString(16).padStart(2, '0'))
          .join('');

      const db = await settle(indexedDB.open('relais'));
      try {
        // One read transaction, awaited request by request: no other await may run inside it,
        // or it commits under our feet (digests are computed after it).
        const read = db.transaction(['dossiers', 'documents', 'blobs', 'outbox', 'journal']);
        const dossier = (await settle(read.objectStore('dossiers').get(dossierId))) as DossierRecord | undefined;
        const documents = (await settle(read.objectStore('documents').index('dossierId').getAll(dossierId))) as DocumentRecord[];
        const sealedBlobs = new Map<string, unknown>();
        for (const doc of documents) {
          const blob = (await settle(read.objectStore('blobs').get(doc.id))) as { bytes: unknown } | undefined;
          if (!blob) throw new Error(`no bytes for document ${doc.id}`);
          sealedBlobs.set(doc.id, blob.bytes);
        }
        const [sealedOutbox] = (await settle(read.objectStore('outbox').index('dossierId').getAll(dossierId))) as { id: string; body: unknown; createdAt: number; documentIds: string[] }[];
        const journal = (await settle(read.objectStore('journal').index('dossierId').getAll(dossierId))) as { seq: number }[];
        if (dossier?.status !== 'queued' || !sealedOutbox || sealedOutbox.id !== dossier.submissionId) {
          throw new Error(`dossier ${dossierId} is not queued with its outbox row`);
        }
        // Sealed values are bound to their record's id: a copy under another id would not open. The
        // copies are written in clear (the pre-v5 shape, which the app still reads), opened here
        // with the device key; the answers come from the frozen body (the original's are sealed).
        const decode = (bytes: unknown) => (typeof bytes === 'string' ? bytes : new TextDecoder().decode(bytes as ArrayBuffer));
        const outbox = { ...sealedOutbox, body: decode(await openSealed(sealedOutbox.body, 'outbox', sealedOutbox.id, 'body')) };
        const blobs = new Map<string, ArrayBuffer>();
        for (const [id, bytes] of sealedBlobs) blobs.set(id, (await openSealed(bytes, 'blobs', id, 'bytes')) as ArrayBuffer);
        const answers = JSON.parse(outbox.body) as { answers: Record<string, unknown> };
        // Since 2026-11 what describes the dossier, its documents and each history line is sealed too
        // (JSON values; a document's name as text): opened the same way, written in clear.
        const field = async (value: unknown, table: string, id: string, name: string) => {
          const opened = await openSealed(value, table, id, name);
          return opened instanceof ArrayBuffer ? (JSON.parse(decode(opened)) as unknown) : opened;
        };
        const described = Object.fromEntries(
          await Promise.all(
            (['procedureId', 'procedureVersion', 'language', 'currentStep'] as const).map(async (name) => [name, await field(dossier[name], 'dossiers', dossier.id, name)] as const),
          ),
        );
        const plainDocuments = await Promise.all(
          documents.map(async (doc) => ({
            ...doc,
            type: (await field(doc.type, 'documents', doc.id, 'type')) as string,
            mime: (await field(doc.mime, 'documents', doc.id, 'mime')) as DocumentRecord['mime'],
            name: decode(await openSealed(doc.name, 'documents', doc.id, 'name')),
          })),
        );
        const plainJournal = await Promise.all(
          (journal as { seq: number; dossierId: string; at: number; lineId?: string; line?: unknown }[]).map(async (entry) => {
            if (entry.lineId === undefined) return entry;
            const content = await field(entry.line, 'journal', `${entry.dossierId}/${entry.lineId}`, 'line');
            return { seq: entry.seq, dossierId: entry.dossierId, at: entry.at, ...(content as object) };
          }),
        );

        const frozen = JSON.parse(outbox.body) as { documents: { id: string }[] };
        const clones: { dossier: DossierRecord; documents: DocumentRecord[]; outbox: OutboxRecord; journal: object[] }[] = [];
        for (let n = 1; n <= copies; n++) {
          const newDossierId = crypto.randomUUID();
          const submissionId = crypto.randomUUID();
          const idOf = new Map(documents.map((doc) => [doc.id, crypto.randomUUID()]));
          const renamed = (id: string) => {
            const to = idOf.get(id);
            if (!to) throw new Error(`document ${id} of the body is not on the device`);
            return to;
          };
          // Parse and re-stringify: the key order (and so the text) is JSON.stringify's, as at filing.
          const body = JSON.stringify({ ...frozen, documents: frozen.documents.map((doc) => ({ ...doc, id: renamed(doc.id) })) });
          // Later than the original, in order: the runner sends the oldest filing first.
          const at = outbox.createdAt + n;
          clones.push({
            dossier: { ...dossier, ...described, answers: answers.answers as DossierRecord['answers'], id: newDossierId, status: 'queued', submissionId, createdAt: at, updatedAt: at },
            documents: plainDocuments.map((doc) => ({ ...doc, id: renamed(doc.id), dossierId: newDossierId })),
            outbox: {
              id: submissionId,
              dossierId: newDossierId,
              body,
              bodySha256: await sha256Hex(body),
              documentIds: outbox.documentIds.map(renamed),
              uploaded: [],
              stage: 'create',
              attempts: 0,
              nextAttemptAt: 0,
              createdAt: at,
            },
            // The history without its key: the store numbers new lines itself.
            journal: plainJournal.map(({ seq: _seq, ...entry }) => ({ ...entry, dossierId: newDossierId })),
          });
        }

        const write = db.transaction(['dossiers', 'documents', 'blobs', 'outbox', 'journal'], 'readwrite');
        for (const clone of clones) {
          write.objectStore('dossiers').add(clone.dossier);
          for (const doc of clone.documents) write.objectStore('documents').add(doc);
          clone.documents.forEach((doc, i) => {
            const source = documents[i];
            if (source) write.objectStore('blobs').add({ id: doc.id, bytes: blobs.get(source.id) });
          });
          write.objectStore('outbox').add(clone.outbox);
          for (const entry of clone.journal) write.objectStore('journal').add(entry);
        }
        await new Promise<void>((resolve, reject) => {
          write.oncomplete = () => resolve();
          write.onerror = () => reject(write.error ?? new Error('the copies were not written'));
          write.onabort = () => reject(write.error ?? new Error('the copies were not written'));
        });
        return clones.map((clone) => ({
          dossierId: clone.dossier.id,
          submissionId: clone.outbox.id,
          documentIds: clone.outbox.documentIds,
        }));
      } finally {
        db.close();
      }
    },
    { dossierId, copies },
  );
}

export type DeviceState = {
  dossiers: Pick<DossierRecord, 'id' | 'status' | 'submissionId'>[];
  documents: Pick<DocumentRecord, 'id' | 'dossierId' | 'sha256' | 'size'>[];
  /** What is still to deliver, without the bodies and the bytes (for messages when a test fails). */
  outbox: (Pick<OutboxRecord, 'id' | 'dossierId' | 'stage' | 'attempts' | 'nextAttemptAt' | 'lastError' | 'documentIds'> & {
    uploaded: number;
    answers: Answers;
  })[];
};

/** The device's dossiers, documents and outbox, read straight from IndexedDB (no app code). */
export async function readDevice(app: RelaisApp): Promise<DeviceState> {
  await installSealedOpener(app.page);
  return app.page.evaluate(async () => {
    const openSealed = (window as unknown as { __relaisOpen: SealedOpener }).__relaisOpen;
    const decode = (bytes: unknown) => (typeof bytes === 'string' ? bytes : new TextDecoder().decode(bytes as ArrayBuffer));
    const settle = <T>(request: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
      });
    const db = await settle(indexedDB.open('relais'));
    try {
      const read = db.transaction(['dossiers', 'documents', 'outbox']);
      const dossiers = (await settle(read.objectStore('dossiers').getAll())) as DossierRecord[];
      const documents = (await settle(read.objectStore('documents').getAll())) as DocumentRecord[];
      const sealedRows = (await settle(read.objectStore('outbox').getAll())) as (Omit<OutboxRecord, 'body'> & { body: unknown })[];
      const outbox = await Promise.all(sealedRows.map(async (row) => ({ ...row, body: decode(await openSealed(row.body, 'outbox', row.id, 'body')) })));
      return {
        dossiers: dossiers.map(({ id, status, submissionId }) => ({ id, status, ...(submissionId ? { submissionId } : {}) })),
        documents: documents.map(({ id, dossierId, sha256, size }) => ({ id, dossierId, sha256, size })),
        outbox: outbox.map((row) => ({
          id: row.id,
          dossierId: row.dossierId,
          stage: row.stage,
          attempts: row.attempts,
          nextAttemptAt: row.nextAttemptAt,
          ...(row.lastError ? { lastError: row.lastError } : {}),
          documentIds: row.documentIds,
          uploaded: row.uploaded.length,
          answers: (JSON.parse(row.body) as { answers: Answers }).answers,
        })),
      };
    } finally {
      db.close();
    }
  });
}

/** Letters only (a last name's rule): a marker that tells this run's filings from others on the server. */
export function runMarker(prefix: string): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  let tag = '';
  for (let i = 0; i < 8; i++) tag += letters[Math.floor(Math.random() * letters.length)];
  return `${prefix}-${tag}`;
}
