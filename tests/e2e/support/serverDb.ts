import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sha256Hex } from './files';
import { E2E_DB_FILE, E2E_DOCUMENTS_DIR } from './env';

export type StoredDocument = { docId: string; type: string; sha256: string; size: number; received: boolean; bytesOnDiskSha256: string | null };

/** What the reference server really holds for a submission, read behind its API. */
export function serverSubmission(id: string): { rows: number; state: string | null; documents: StoredDocument[]; warnings: unknown } {
  const db = new Database(E2E_DB_FILE, { readonly: true, fileMustExist: true });
  try {
    const rows = (db.prepare('SELECT COUNT(*) AS n FROM submissions WHERE id = ?').get(id) as { n: number }).n;
    const row = db.prepare('SELECT state, body_json FROM submissions WHERE id = ?').get(id) as { state: string; body_json: string } | undefined;
    const state = row?.state ?? null;
    const warnings = row ? (JSON.parse(row.body_json) as { warnings?: unknown }).warnings : undefined;
    const documents = (
      db.prepare('SELECT doc_id, type, sha256, size, received_at FROM documents WHERE submission_id = ? ORDER BY position').all(id) as {
        doc_id: string;
        type: string;
        sha256: string;
        size: number;
        received_at: string | null;
      }[]
    ).map((row) => {
      let onDisk: string | null;
      try {
        onDisk = sha256Hex(readFileSync(join(E2E_DOCUMENTS_DIR, id, row.doc_id)));
      } catch {
        onDisk = null;
      }
      return { docId: row.doc_id, type: row.type, sha256: row.sha256, size: row.size, received: row.received_at !== null, bytesOnDiskSha256: onDisk };
    });
    return { rows, state, documents, warnings };
  } finally {
    db.close();
  }
}
