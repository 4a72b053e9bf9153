import { z } from 'zod/mini';
import { documentMime, type DocumentMime } from '@/contract';
import type { RelaisDb } from './db';
import { editedDossier, loadDossier } from './dossiers';
import { RecordNotFoundError } from './errors';
import { guardWrite } from './guard';
import { sha256Hex } from './hash';
import { ensureRoomFor } from './persistence';
import { parseMany, parseOne } from './parse';
import { blobRecord, documentRecord, dossierRecord, type DocumentRecord, type DocumentRow } from './records';
import { appendJournal, ownerSealer, sealJournalLine } from './journal';
import { isSealed, vaultOf, type Vault } from './vault';

/** The type and MIME opened (JSON, since 2026-11) with the name (text, since v5); older rows hold them in clear. */
export async function openDocument(vault: Vault, row: DocumentRow): Promise<DocumentRecord> {
  const [type, name, mime] = await Promise.all([
    vault.openField(row.type, 'documents', row.id, 'type', z.string()),
    isSealed(row.name) ? vault.openText(row.name, 'documents', row.id, 'name') : row.name,
    vault.openField(row.mime, 'documents', row.id, 'mime', documentMime),
  ]);
  return { ...row, type, name, mime };
}

/** What describes a document, sealed for its dossier's owner: the bytes' digest stays in clear (see records). */
export async function sealDocumentFields(vault: Vault, doc: Pick<DocumentRecord, 'id' | 'type' | 'name' | 'mime'>, ownerId: string | undefined): Promise<Pick<DocumentRow, 'type' | 'name' | 'mime'>> {
  const [type, name, mime] = await Promise.all([
    vault.seal(JSON.stringify(doc.type), 'documents', doc.id, 'type', ownerId),
    vault.seal(doc.name, 'documents', doc.id, 'name', ownerId),
    vault.seal(JSON.stringify(doc.mime), 'documents', doc.id, 'mime', ownerId),
  ]);
  return { type, name, mime };
}

export interface NewDocument {
  dossierId: string;
  /** Document type id from the procedure catalogue. */
  type: string;
  /** Original file name, for display only. */
  name: string;
  mime: DocumentMime;
  bytes: ArrayBuffer;
}

export function documentRepository(db: RelaisDb) {
  const d = db.main;
  const vault = vaultOf(db);

  return {
    /**
     * Stores metadata and bytes in ONE transaction: a document never exists without its bytes.
     * Adding a document is an edit (same rule as answers: refused when frozen, needs-correction → draft).
     */
    async addDocument(input: NewDocument): Promise<DocumentRecord> {
      await ensureRoomFor(input.bytes.byteLength);
      // Hash before the transaction: awaiting crypto inside it would let IndexedDB auto-commit.
      const sha256 = await sha256Hex(input.bytes);
      const now = Date.now();
      const id = crypto.randomUUID();
      // Sealed before the transaction too; the digest above is of the plain bytes, as the server checks.
      const owner = parseOne(dossierRecord, 'dossiers', await d.dossiers.get(input.dossierId))?.ownerId;
      const [sealed, described, line] = await Promise.all([
        vault.seal(input.bytes, 'blobs', id, 'bytes', owner),
        sealDocumentFields(vault, { id, type: input.type, name: input.name, mime: input.mime }, owner),
        sealJournalLine(ownerSealer(vault, owner), input.dossierId, now, { kind: 'document-added', documentType: input.type }),
      ]);
      const row: DocumentRow = { id, dossierId: input.dossierId, ...described, size: input.bytes.byteLength, sha256, createdAt: now };
      await guardWrite(() =>
        d.transaction('rw', [d.dossiers, d.documents, d.blobs, d.journal], async () => {
          const dossier = editedDossier(await loadDossier(d, input.dossierId), now);
          await appendJournal(d, line);
          await d.documents.add(row);
          await d.blobs.add({ id: row.id, bytes: sealed });
          await d.dossiers.put(dossier);
        }),
      );
      return { ...row, type: input.type, name: input.name, mime: input.mime };
    },

    /** Metadata only, oldest first; damaged rows are skipped and logged. Altered names throw. */
    async listDocuments(dossierId: string): Promise<DocumentRecord[]> {
      const rows = await d.documents.where('dossierId').equals(dossierId).toArray();
      const parsed = parseMany(documentRecord, 'documents', rows).sort((a, b) => a.createdAt - b.createdAt);
      return Promise.all(parsed.map((row) => openDocument(vault, row)));
    },

    async getDocument(id: string): Promise<DocumentRecord | undefined> {
      const row = parseOne(documentRecord, 'documents', await d.documents.get(id));
      return row ? openDocument(vault, row) : undefined;
    },

    /**
     * RecordNotFoundError when the bytes are gone, CorruptRecordError when they are damaged,
     * TamperedRecordError when altered, LockedRecordError when sealed under a key not held here.
     */
    async getDocumentBytes(id: string): Promise<ArrayBuffer> {
      const blob = parseOne(blobRecord, 'blobs', await d.blobs.get(id));
      if (!blob) throw new RecordNotFoundError('blobs', id);
      if (!isSealed(blob.bytes)) return blob.bytes;
      return (await vault.openBytes(blob.bytes, 'blobs', id, 'bytes')).buffer;
    },

    /** Removes metadata and bytes together; refused when the dossier is frozen. */
    async removeDocument(id: string): Promise<void> {
      // The line names the type, which is sealed: opened and the line sealed before the transaction.
      const found = parseOne(documentRecord, 'documents', await d.documents.get(id));
      if (!found) throw new RecordNotFoundError('documents', id);
      const owner = parseOne(dossierRecord, 'dossiers', await d.dossiers.get(found.dossierId))?.ownerId;
      const now = Date.now();
      const line = await sealJournalLine(ownerSealer(vault, owner), found.dossierId, now, {
        kind: 'document-removed',
        documentType: await vault.openField(found.type, 'documents', id, 'type', z.string()),
      });
      await guardWrite(() =>
        d.transaction('rw', [d.dossiers, d.documents, d.blobs, d.journal], async () => {
          const doc = parseOne(documentRecord, 'documents', await d.documents.get(id));
          if (!doc) throw new RecordNotFoundError('documents', id);
          const dossier = editedDossier(await loadDossier(d, doc.dossierId), now);
          await appendJournal(d, line);
          await d.documents.delete(id);
          await d.blobs.delete(id);
          await d.dossiers.put(dossier);
        }),
      );
    },
  };
}
export type DocumentRepository = ReturnType<typeof documentRepository>;

