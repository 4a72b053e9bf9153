import type { SubmissionRequest } from '@/contract';
import type { Receiver } from '@/domain/runtimeConfig';
import { nextStatus } from '@/domain/dossierStatus';
import type { RelaisDb } from './db';
import { loadDossier } from './dossiers';
import { FilingMismatchError, RecordNotFoundError } from './errors';
import { guardWrite } from './guard';
import { sha256Hex } from './hash';
import { parseMany, parseOne } from './parse';
import { blobRecord, documentRecord, dossierRecord, outboxRecord, type BlobRecord, type OutboxError, type OutboxProgress, type OutboxRecord, type OutboxRow } from './records';
import { appendJournal, ownerSealer, sealJournalLine } from './journal';
import { DEVICE_KEY_ID, isSealed, vaultOf, type Vault } from './vault';

async function openRow(vault: Vault, row: OutboxRow): Promise<OutboxRecord> {
  return isSealed(row.body) ? { ...row, body: await vault.openText(row.body, 'outbox', row.id, 'body') } : { ...row, body: row.body };
}

/**
 * A filed dossier's documents, sealed again under the device key: the service worker sends them
 * with the app closed, when no mediator's or kiosk visitor's key is in memory. Done before the
 * filing transaction (Web Crypto inside it would commit it); the transaction writes them.
 */
async function resealForDelivery(db: RelaisDb, vault: Vault, documentIds: readonly string[]): Promise<BlobRecord[]> {
  const rows = await db.main.blobs.bulkGet([...documentIds]);
  const resealed: BlobRecord[] = [];
  for (const [i, raw] of rows.entries()) {
    const id = documentIds[i];
    const blob = id === undefined ? undefined : parseOne(blobRecord, 'blobs', raw);
    if (!blob || (isSealed(blob.bytes) && blob.bytes.k === DEVICE_KEY_ID)) continue;
    const plain = isSealed(blob.bytes) ? await vault.openBytes(blob.bytes, 'blobs', blob.id, 'bytes') : blob.bytes;
    resealed.push({ id: blob.id, bytes: await vault.sealForDevice(plain, 'blobs', blob.id, 'bytes') });
  }
  return resealed;
}

/** Progress of a submission. `lastError: null` clears it. */
export interface OutboxPatch {
  stage?: OutboxRecord['stage'];
  uploaded?: string[];
  attempts?: number;
  nextAttemptAt?: number;
  lastError?: OutboxError | null;
  /** Written with `uploaded` in one write: one IndexedDB round trip per document, not two. */
  progress?: OutboxProgress;
}

export function outboxRepository(db: RelaisDb) {
  const d = db.main;
  const s = db.strict;
  const vault = vaultOf(db);
  const opened = (row: OutboxRow) => openRow(vault, row);

  return {
    /**
     * Freezes the request and queues it: dossier ready → queued, outbox row created, submission id
     * recorded, all in ONE strict-durability transaction (the person is told "filed on this device"
     * only once it is on disk). The body text is frozen so every retry sends the same bytes. The
     * history line says to whom it goes and with which warnings.
     */
    async fileDossier(dossierId: string, request: SubmissionRequest, receiver?: Receiver): Promise<OutboxRecord> {
      const body = JSON.stringify(request);
      const bodySha256 = await sha256Hex(body);
      const now = Date.now();
      const id = crypto.randomUUID();
      const documentIds = request.documents.map((doc) => doc.id);
      const owner = parseOne(dossierRecord, 'dossiers', await d.dossiers.get(dossierId))?.ownerId;
      const [sealedBody, blobs, filed] = await Promise.all([
        vault.sealForDevice(body, 'outbox', id, 'body'),
        resealForDelivery(db, vault, documentIds),
        sealJournalLine(ownerSealer(vault, owner), dossierId, now, {
          kind: 'filed',
          ...(receiver ? { receiver: { kind: receiver.kind, name: receiver.name } } : {}),
          ...(request.warnings ? { warnings: request.warnings } : {}),
        }),
      ]);
      const row: OutboxRow = {
        id,
        dossierId,
        body: sealedBody,
        bodySha256,
        documentIds,
        uploaded: [],
        stage: 'create',
        attempts: 0,
        nextAttemptAt: now,
        createdAt: now,
      };
      await guardWrite(() =>
        s.transaction('rw', [s.dossiers, s.documents, s.blobs, s.outbox, s.journal], async () => {
          const dossier = await loadDossier(s, dossierId);
          const status = nextStatus(dossier.status, 'file'); // throws unless 'ready'
          for (const entry of request.documents) {
            const doc = parseOne(documentRecord, 'documents', await s.documents.get(entry.id));
            // Never queue what cannot be sent as declared: the server would refuse the digest later.
            if (doc?.dossierId !== dossierId || doc.sha256 !== entry.sha256) {
              throw new FilingMismatchError(`Document ${entry.id} does not match the device copy.`);
            }
          }
          await s.outbox.add(row);
          if (blobs.length > 0) await s.blobs.bulkPut(blobs);
          await s.dossiers.put({ ...dossier, status, submissionId: row.id, updatedAt: now });
          await appendJournal(s, filed);
        }),
      );
      return { ...row, body };
    },

    /** Oldest filing first: the order the runner sends them in. */
    async listOutbox(): Promise<OutboxRecord[]> {
      const rows = parseMany(outboxRecord, 'outbox', await d.outbox.toArray());
      return Promise.all(rows.sort((a, b) => a.createdAt - b.createdAt).map(opened));
    },

    async getOutbox(id: string): Promise<OutboxRecord | undefined> {
      const row = parseOne(outboxRecord, 'outbox', await d.outbox.get(id));
      return row ? opened(row) : undefined;
    },

    async getOutboxByDossier(dossierId: string): Promise<OutboxRecord | undefined> {
      const rows = await d.outbox.where('dossierId').equals(dossierId).toArray();
      const row = parseMany(outboxRecord, 'outbox', rows)[0];
      return row ? opened(row) : undefined;
    },

    /** Progress writes use the relaxed connection: losing one only repeats an idempotent request. */
    async updateOutbox(id: string, patch: OutboxPatch): Promise<OutboxRecord> {
      const updated = await guardWrite(() =>
        d.transaction('rw', d.outbox, async () => {
          const row = parseOne(outboxRecord, 'outbox', await d.outbox.get(id));
          if (!row) throw new RecordNotFoundError('outbox', id);
          const { lastError, ...rest } = patch;
          const { lastError: _old, ...base } = row;
          const next: OutboxRow = { ...base, ...rest };
          const kept = lastError === undefined ? row.lastError : lastError;
          if (kept) next.lastError = kept;
          await d.outbox.put(next);
          return next;
        }),
      );
      return opened(updated);
    },

    /**
     * Delivery progress, shared through IndexedDB so every tab and the service worker see the same
     * figure. Relaxed connection and a one-field update: it is written several times a second on a
     * slow line, losing one costs nothing, and it can never overwrite the row's other fields.
     * `null` clears it. The row disappears (and its progress with it) on delivery or refusal.
     */
    async setOutboxProgress(submissionId: string, progress: OutboxProgress | null): Promise<void> {
      const changed = await guardWrite(() =>
        d.outbox.update(submissionId, { progress: progress === null ? undefined : { ...progress } }),
      );
      if (changed === 0 && !(await d.outbox.get(submissionId))) throw new RecordNotFoundError('outbox', submissionId);
    },
  };
}
export type OutboxRepository = ReturnType<typeof outboxRepository>;
