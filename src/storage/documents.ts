import type { DocumentMime } from '@/contract';
import type { RelaisDb } from './db';
import { editedDossier, loadDossier } from './dossiers';
import { RecordNotFoundError } from './errors';
import { guardWrite } from './guard';
import { sha256Hex } from './hash';
import { ensureRoomFor } from './persistence';
import { parseMany, parseOne } from './parse';
import { blobRecord, documentRecord, dossierRecord, type DocumentRecord, type DocumentRow } from './records';
import { appendJournal } from './journal';
import { isSealed, vaultOf, type Vault } from './vault';

async function openDocument(vault: Vault, row: DocumentRow): Promise<DocumentRecord> {
  return isSealed(row.name) ? { ...row, name: await vault.openText(row.name, 'documents', row.id, 'name') } : { ...row, name: row.name };
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
      const [sealed, sealedName] = await Promise.all([
        vault.seal(input.bytes, 'blobs', id, 'bytes', owner),
        vault.seal(input.name, 'documents', id, 'name', owner),
      ]);
      const row: DocumentRow = {
        id,
        dossierId: input.dossierId,
        type: input.type,
        name: sealedName,
        mime: input.mime,
        size: input.bytes.byteLength,
        sha256,
        createdAt: now,
      };
      await guardWrite(() =>
        d.transaction('rw', [d.dossiers, d.documents, d.blobs, d.journal], async () => {
          const dossier = editedDossier(await loadDossier(d, input.dossierId), now);
          await appendJournal(d, { dossierId: row.dossierId, at: now, kind: 'document-added', documentType: row.type });
          await d.documents.add(row);
          await d.blobs.add({ id: row.id, bytes: sealed });
          await d.dossiers.put(dossier);
        }),
      );
      return { ...row, name: input.name };
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
      await guardWrite(() =>
        d.transaction('rw', [d.dossiers, d.documents, d.blobs, d.journal], async () => {
          const doc = parseOne(documentRecord, 'documents', await d.documents.get(id));
          if (!doc) throw new RecordNotFoundError('documents', id);
          const dossier = editedDossier(await loadDossier(d, doc.dossierId), Date.now());
          await appendJournal(d, { dossierId: doc.dossierId, at: dossier.updatedAt, kind: 'document-removed', documentType: doc.type });
          await d.documents.delete(id);
          await d.blobs.delete(id);
          await d.dossiers.put(dossier);
        }),
      );
    },
  };
}
export type DocumentRepository = ReturnType<typeof documentRepository>;

