import Database from 'better-sqlite3';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sha256Hex } from './files';

export type ServerDocument = {
  docId: string;
  sha256: string;
  size: number;
  received: boolean;
  /** SHA-256 of the file on the server's disk; null when there is none. */
  bytesOnDiskSha256: string | null;
};

export type ServerFiling = {
  id: string;
  state: string;
  receiptNumber: string | null;
  documents: ServerDocument[];
  /** Files in the submission's folder that are not a received document (partials, temp files). */
  strayFiles: string[];
};

/**
 * Every submission a reference server holds whose `answers.lastName` is `lastName`, read behind
 * its API (SQLite and the documents on disk) in any data directory — the fault-switch server's
 * too. A test marks its filings with a last name of its own, so that what it counts is what IT
 * filed, even when other tests (or an earlier repeat) file on the same server.
 */
export function serverFilings(dataDir: string, lastName: string): ServerFiling[] {
  const db = new Database(join(dataDir, 'relais.sqlite'), { readonly: true, fileMustExist: true });
  try {
    const submissions = db
      .prepare(
        "SELECT id, state, receipt_number FROM submissions WHERE json_extract(body_json, '$.answers.lastName') = ? ORDER BY created_at",
      )
      .all(lastName) as { id: string; state: string; receipt_number: string | null }[];
    const documentsOf = db.prepare('SELECT doc_id, sha256, size, received_at FROM documents WHERE submission_id = ? ORDER BY position');
    return submissions.map((submission) => {
      const folder = join(dataDir, 'documents', submission.id);
      const rows = documentsOf.all(submission.id) as { doc_id: string; sha256: string; size: number; received_at: string | null }[];
      const documents = rows.map((row) => ({
        docId: row.doc_id,
        sha256: row.sha256,
        size: row.size,
        received: row.received_at !== null,
        bytesOnDiskSha256: digestOf(join(folder, row.doc_id)),
      }));
      const known = new Set(rows.map((row) => row.doc_id));
      return {
        id: submission.id,
        state: submission.state,
        receiptNumber: submission.receipt_number,
        documents,
        strayFiles: filesIn(folder).filter((name) => !known.has(name)),
      };
    });
  } finally {
    db.close();
  }
}

function digestOf(file: string): string | null {
  try {
    return sha256Hex(readFileSync(file));
  } catch {
    return null;
  }
}

function filesIn(folder: string): string[] {
  try {
    return readdirSync(folder);
  } catch {
    return [];
  }
}
