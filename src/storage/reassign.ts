import { isEditable } from '@/domain/dossierStatus';
import type { RelaisDb } from './db';
import { openDocument, sealDocumentFields } from './documents';
import { openDossier, sealDossierField } from './dossiers';
import { StorageError } from './errors';
import { guardWrite } from './guard';
import { parseMany, parseOne } from './parse';
import { openJournalLine, ownerSealer, sealJournalLine } from './journal';
import {
  blobRecord,
  documentRecord,
  dossierRecord,
  draftPageRecord,
  journalRecord,
  type dossierSealedTexts,
  type BlobRecord,
  type DocumentRow,
  type DossierRow,
  type DraftPageRow,
  type JournalRow,
  type SealedJournalRow,
} from './records';
import { isSealed, LockedRecordError, vaultOf, type Vault } from './vault';

/** The dossier changed while it was being re-sealed (an autosave in another tab): try again. */
export class ReassignConflictError extends StorageError {}

type Resealed = { dossier: DossierRow; documents: DocumentRow[]; blobs: BlobRecord[]; journal: SealedJournalRow[]; draftPages: DraftPageRow[] };

/** A history line under the new key, same place (its lineId): lines from before 2026-11 are left as they are. */
async function resealLine(vault: Vault, row: JournalRow, owner: string | undefined): Promise<SealedJournalRow | undefined> {
  if (!('line' in row)) return undefined;
  const { seq: _seq, dossierId: _dossier, at: _at, ...content } = await openJournalLine(vault, row);
  const entry = await sealJournalLine(ownerSealer(vault, owner), row.dossierId, row.at, content);
  return { ...row, line: entry.line, lineId: entry.lineId };
}

/**
 * One dossier sealed again for `to` (null: the device key): its answers and descriptive fields,
 * its documents' names, types and (while it can still be edited) bytes, and its history. A filed
 * dossier's bytes stay under the device key: the sender needs them with nobody signed in
 * (docs/threat-model.md, decision 1).
 */
async function resealDossier(db: RelaisDb, vault: Vault, row: DossierRow, to: string | null): Promise<Resealed> {
  const owner = to ?? undefined;
  const opened = await openDossier(vault, row);
  if (opened.locked) throw new LockedRecordError(`dossiers/${row.id}/answers`, row.ownerId ?? 'owner');
  const answers = Object.fromEntries(
    await Promise.all(
      Object.entries(opened.answers).map(async ([key, value]) => [key, await vault.seal(JSON.stringify(value), 'dossiers', row.id, `answers/${key}`, owner)] as const),
    ),
  );
  const text = (field: (typeof dossierSealedTexts)[number]) => sealDossierField(vault, row.id, field, opened[field], owner);
  const [procedureId, procedureVersion, language, currentStep, refusal] = await Promise.all([
    text('procedureId'),
    text('procedureVersion'),
    text('language'),
    text('currentStep'),
    opened.refusal ? sealDossierField(vault, row.id, 'refusal', opened.refusal, owner) : undefined,
  ]);
  const { ownerId: _from, refusal: _refusal, ...rest } = row;
  const dossier: DossierRow = {
    ...rest,
    procedureId,
    procedureVersion,
    language,
    currentStep,
    answers,
    ...(refusal ? { refusal } : {}),
    ...(owner === undefined ? {} : { ownerId: owner }),
  };

  const docs = parseMany(documentRecord, 'documents', await db.main.documents.where('dossierId').equals(row.id).toArray());
  const documents: DocumentRow[] = [];
  const blobs: BlobRecord[] = [];
  for (const doc of docs) {
    documents.push({ ...doc, ...(await sealDocumentFields(vault, await openDocument(vault, doc), owner)) });
    if (!isEditable(row.status)) continue;
    const blob = parseOne(blobRecord, 'blobs', await db.main.blobs.get(doc.id));
    if (!blob) continue; // purged after retention, or never there: nothing to protect
    const bytes = isSealed(blob.bytes) ? await vault.openBytes(blob.bytes, 'blobs', doc.id, 'bytes') : blob.bytes;
    blobs.push({ id: doc.id, bytes: await vault.seal(bytes, 'blobs', doc.id, 'bytes', owner) });
  }
  const lines = parseMany(journalRecord, 'journal', await db.main.journal.where('dossierId').equals(row.id).toArray(), 'seq');
  const journal = (await Promise.all(lines.map((line) => resealLine(vault, line, owner)))).filter((line) => line !== undefined);
  // Pages photographed and not yet saved move with their dossier; one that does not open is left behind.
  const pages = parseMany(draftPageRecord, 'draftPages', await db.main.draftPages.where('dossierId').equals(row.id).toArray());
  const draftPages: DraftPageRow[] = [];
  for (const page of pages) {
    try {
      const [content, bytes] = await Promise.all([vault.openText(page.content, 'draftPages', page.id, 'content'), vault.openBytes(page.bytes, 'draftPages', page.id, 'bytes')]);
      const [sealedContent, sealedBytes] = await Promise.all([
        vault.seal(content, 'draftPages', page.id, 'content', owner),
        vault.seal(bytes, 'draftPages', page.id, 'bytes', owner),
      ]);
      draftPages.push({ ...page, content: sealedContent, bytes: sealedBytes });
    } catch {
      continue;
    }
  }
  return { dossier, documents, blobs, journal, draftPages };
}

export function reassignRepository(db: RelaisDb) {
  const d = db.main;
  const vault = vaultOf(db);

  return {
    /**
     * Moves every dossier of `from` (null: dossiers with no owner) to `to` (null: the device key):
     * when the owner of a phone sets a code, the dossiers already there are protected too; when
     * they remove it, back to the device key. Both keys must be at hand (LockedRecordError
     * otherwise). Each dossier is written in one transaction, after checking it did not change
     * meanwhile (ReassignConflictError: nothing of it was written). Returns how many moved.
     */
    async reassignDossiers(from: string | null, to: string | null): Promise<number> {
      const rows = parseMany(dossierRecord, 'dossiers', await d.dossiers.toArray()).filter((row) => (row.ownerId ?? null) === from);
      for (const row of rows) {
        const resealed = await resealDossier(db, vault, row, to);
        await guardWrite(() =>
          d.transaction('rw', [d.dossiers, d.documents, d.blobs, d.journal, d.draftPages], async () => {
            const now = parseOne(dossierRecord, 'dossiers', await d.dossiers.get(row.id));
            if (now?.updatedAt !== row.updatedAt || now.status !== row.status) throw new ReassignConflictError(`Dossier ${row.id} changed while it was re-sealed.`);
            await d.dossiers.put(resealed.dossier);
            await d.documents.bulkPut(resealed.documents);
            await d.blobs.bulkPut(resealed.blobs);
            await d.journal.bulkPut(resealed.journal);
            await d.draftPages.bulkPut(resealed.draftPages);
          }),
        );
      }
      return rows.length;
    },
  };
}
export type ReassignRepository = ReturnType<typeof reassignRepository>;
