import type { FieldError } from '@/contract';
import { nextStatus } from '@/domain/dossierStatus';
import type { RelaisDb } from './db';
import { loadDossier } from './dossiers';
import { RecordNotFoundError, StorageError } from './errors';
import { guardWrite } from './guard';
import { parseMany, parseOne } from './parse';
import { outboxRecord, receiptRecord, sealedReceiptContent, type DossierRow, type ReceiptInput, type ReceiptRecord, type ReceiptRow } from './records';
import { appendJournal, sealJournalLine } from './journal';
import { vaultOf, type Vault } from './vault';

/** The receipt opened; an altered one is TamperedRecordError (shown as such, never as a receipt). */
export async function openReceipt(vault: Vault, row: ReceiptRow): Promise<ReceiptRecord> {
  if (!('content' in row)) return row;
  const content = await vault.openJson(row.content, 'receipts', row.submissionId, 'content', sealedReceiptContent);
  const { keyId, signature, ...rest } = content;
  const signed = keyId !== undefined && signature !== undefined ? { keyId, signature } : {};
  return { submissionId: row.submissionId, ...rest, ...signed, dossierId: row.dossierId, storedAt: row.storedAt };
}

export interface Refusal {
  code: string;
  fields: FieldError[];
}

/**
 * Only the receipt's own fields are kept (a caller may hold a larger object), and the signature
 * pair only when the server gave one: an unsigned receipt stays recognisably unsigned.
 */
function receiptToStore(receipt: ReceiptInput, dossierId: string, storedAt: number): ReceiptRecord {
  const { submissionId, number, filedAt, digest, keyId, signature } = receipt;
  const signed = keyId !== undefined && signature !== undefined ? { keyId, signature } : {};
  return { submissionId, number, filedAt, digest, ...signed, dossierId, storedAt };
}

/** A crash between "send" and the answer can leave the dossier queued: the receipt still wins. */
function sendingOf(dossier: DossierRow): DossierRow['status'] {
  return dossier.status === 'queued' ? nextStatus('queued', 'send') : dossier.status;
}

export function deliveryRepository(db: RelaisDb) {
  const s = db.strict;
  const vault = vaultOf(db);

  return {
    /**
     * Stores the receipt, marks the dossier delivered and only then deletes the outbox row, in ONE
     * strict transaction: nothing local is deleted before the receipt is on disk.
     * Replaying it for an already stored receipt is a no-op (the runner may get the receipt twice).
     * The outbox row's delivery progress goes with the row.
     */
    async recordDelivery(outboxId: string, receipt: ReceiptInput): Promise<ReceiptRecord> {
      if (receipt.submissionId !== outboxId) {
        throw new StorageError(`Receipt for ${receipt.submissionId} given to outbox row ${outboxId}.`);
      }
      // Sealed before the transaction (Web Crypto inside it would commit it); the dossier id is
      // not part of the sealed content, so it can be sealed before the outbox row is read.
      const { submissionId: _id, dossierId: _d, storedAt: _s, ...content } = receiptToStore(receipt, '', 0);
      // Under the device key: the sender (often the service worker, with nobody signed in) writes it.
      const sealed = await vault.sealForDevice(JSON.stringify(content), 'receipts', outboxId, 'content');
      const queued = parseOne(outboxRecord, 'outbox', await s.outbox.get(outboxId));
      const at = Date.now();
      const line = queued ? await sealJournalLine(vault.sealForDevice, queued.dossierId, at, { kind: 'delivered', receiptNumber: receipt.number }) : undefined;
      const stored = await guardWrite(() =>
        s.transaction('rw', [s.outbox, s.dossiers, s.receipts, s.journal], async (): Promise<ReceiptRow> => {
          const row = parseOne(outboxRecord, 'outbox', await s.outbox.get(outboxId));
          if (!row) {
            const kept = parseOne(receiptRecord, 'receipts', await s.receipts.get(outboxId), 'submissionId');
            if (kept) return kept;
            throw new RecordNotFoundError('outbox', outboxId);
          }
          // The line was sealed for the row read before; a row read only now has none yet.
          if (line?.dossierId !== row.dossierId) throw new RecordNotFoundError('outbox', outboxId);
          const dossier = await loadDossier(s, row.dossierId);
          const status = nextStatus(sendingOf(dossier), 'delivered');
          const record: ReceiptRow = { submissionId: outboxId, dossierId: row.dossierId, storedAt: at, content: sealed };
          await s.receipts.put(record);
          await s.dossiers.put({ ...dossier, status, updatedAt: at });
          await appendJournal(s, line);
          await s.outbox.delete(outboxId);
          return record;
        }),
      );
      return openReceipt(vault, stored);
    },

    /**
     * The server refused fields: back to the person with the reasons. The outbox row goes (strict
     * transaction) because a correction is a NEW submission with a new id and a new frozen body.
     */
    async recordRefusal(outboxId: string, refusal: Refusal): Promise<void> {
      // The reasons and the line sealed before the transaction, under the device key: the sender
      // writes them, often with nobody signed in.
      const queued = parseOne(outboxRecord, 'outbox', await s.outbox.get(outboxId));
      if (!queued) throw new RecordNotFoundError('outbox', outboxId);
      const at = Date.now();
      const reasons = { code: refusal.code, fields: refusal.fields.map((f) => ({ ...f })) };
      const [sealedReasons, line] = await Promise.all([
        vault.sealForDevice(JSON.stringify(reasons), 'dossiers', queued.dossierId, 'refusal'),
        sealJournalLine(vault.sealForDevice, queued.dossierId, at, { kind: 'refused' }),
      ]);
      await guardWrite(() =>
        s.transaction('rw', [s.outbox, s.dossiers, s.journal], async () => {
          const row = parseOne(outboxRecord, 'outbox', await s.outbox.get(outboxId));
          if (row?.dossierId !== queued.dossierId) throw new RecordNotFoundError('outbox', outboxId);
          const dossier = await loadDossier(s, row.dossierId);
          const { submissionId: _old, ...rest } = dossier;
          const next: DossierRow = { ...rest, status: nextStatus(sendingOf(dossier), 'refused'), refusal: sealedReasons, updatedAt: at };
          await s.dossiers.put(next);
          await appendJournal(s, line);
          await s.outbox.delete(outboxId);
        }),
      );
    },

    /** The dossier's receipt (latest, should a dossier ever be filed twice). */
    async getReceipt(dossierId: string): Promise<ReceiptRecord | undefined> {
      const rows = await db.main.receipts.where('dossierId').equals(dossierId).toArray();
      const latest = parseMany(receiptRecord, 'receipts', rows, 'submissionId').sort((a, b) => b.storedAt - a.storedAt)[0];
      return latest ? openReceipt(vault, latest) : undefined;
    },
  };
}
export type DeliveryRepository = ReturnType<typeof deliveryRepository>;
