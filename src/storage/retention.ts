import type { RelaisDb } from './db';
import { NotEditableError } from './errors';
import { guardWrite } from './guard';
import { appendJournal, sealJournalLine } from './journal';
import { vaultOf } from './vault';
import { parseMany, parseOne } from './parse';
import { documentRecord, dossierRecord, receiptRecord } from './records';

const DAY_MS = 86_400_000;

/**
 * Passports and payslips are the most sensitive bytes on a device, and once the national service has
 * them (receipt stored) the device no longer needs them: after `retentionDays` they are erased,
 * while the receipt, the attestations and each document's name and digest stay as proof of what
 * was filed. 30 days leaves time to reprint or to show them at the prefecture. The person can also
 * erase a dossier, or everything, at any time.
 */
export const DEFAULT_RETENTION_DAYS = 30;

export function retentionRepository(db: RelaisDb) {
  const d = db.main;
  const vault = vaultOf(db);

  return {
    /** Erases the bytes of documents filed more than `retentionDays` ago; returns how many. */
    async purgeDeliveredDocuments(now: number, retentionDays: number = DEFAULT_RETENTION_DAYS): Promise<number> {
      const cutoff = now - retentionDays * DAY_MS;
      const receipts = parseMany(receiptRecord, 'receipts', await d.receipts.toArray(), 'submissionId').filter((r) => r.storedAt <= cutoff);
      let purged = 0;
      for (const receipt of receipts) {
        // Sealed before the transaction, under the device key: the purge runs with nobody signed in.
        const line = await sealJournalLine(vault.sealForDevice, receipt.dossierId, now, { kind: 'documents-purged' });
        purged += await guardWrite(() =>
          d.transaction('rw', [d.documents, d.blobs, d.journal], async () => {
            const docs = parseMany(documentRecord, 'documents', await d.documents.where('dossierId').equals(receipt.dossierId).toArray());
            const held = docs.filter((doc) => doc.bytesPurgedAt === undefined);
            if (held.length === 0) return 0;
            await d.blobs.bulkDelete(held.map((doc) => doc.id));
            await d.documents.bulkPut(held.map((doc) => ({ ...doc, bytesPurgedAt: now })));
            await appendJournal(d, line);
            return held.length;
          }),
        );
      }
      return purged;
    },

    /**
     * Everything of one dossier leaves the device: answers, documents and pages not yet saved, receipt, attestations,
     * history, mandates (the consent text promises it), and a queued submission (which will then never be sent: the screen says so before).
     * Refused while it is being sent: the sender holds it, a moment later it can be erased.
     */
    async eraseDossier(dossierId: string): Promise<void> {
      await guardWrite(() =>
        d.transaction('rw', [d.dossiers, d.documents, d.blobs, d.draftPages, d.outbox, d.receipts, d.attestations, d.followUps, d.journal, d.mandates], async () => {
          const dossier = parseOne(dossierRecord, 'dossiers', await d.dossiers.get(dossierId));
          if (dossier?.status === 'sending') throw new NotEditableError(dossierId, dossier.status);
          const documentIds = await d.documents.where('dossierId').equals(dossierId).primaryKeys();
          await d.blobs.bulkDelete(documentIds);
          await d.documents.bulkDelete(documentIds);
          await d.draftPages.where('dossierId').equals(dossierId).delete();
          await d.outbox.where('dossierId').equals(dossierId).delete();
          await d.receipts.where('dossierId').equals(dossierId).delete();
          await d.attestations.where('dossierId').equals(dossierId).delete();
          await d.followUps.where('dossierId').equals(dossierId).delete();
          await d.journal.where('dossierId').equals(dossierId).delete();
          await d.mandates.where('dossierId').equals(dossierId).delete();
          await d.dossiers.delete(dossierId);
        }),
      );
    },
  };
}
