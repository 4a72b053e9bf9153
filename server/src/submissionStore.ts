import type { Database as SqliteDatabase } from 'better-sqlite3';
import type { DocumentManifestEntry, DocumentMime, Receipt, ReviewDecision, SubmissionState } from '@/contract';

export interface SubmissionRow {
  id: string;
  body_hash: string;
  response_json: string;
  state: SubmissionState;
  created_at: string;
  completed_at: string | null;
  receipt_number: string | null;
  receipt_json: string | null;
  review_updated_at: string | null;
  decision: ReviewDecision | null;
}

export interface DocumentRow {
  doc_id: string;
  mime: DocumentMime;
  size: number;
  sha256: string;
  received_at: string | null;
  upload_offset: number;
}

export interface NewSubmission {
  id: string;
  bodyHash: string;
  bodyJson: string;
  responseJson: string;
  procedure: string;
  createdAt: string;
  documents: readonly DocumentManifestEntry[];
}

export const SUBMISSION_COLUMNS =
  'id, body_hash, response_json, state, created_at, completed_at, receipt_number, receipt_json, review_updated_at, decision';
const DOCUMENT_COLUMNS = 'doc_id, mime, size, sha256, received_at, upload_offset';

export type CompleteResult = { receipt: Receipt } | { missing: string[] } | { notFound: true };

/** All SQL in one place; route handlers speak in submissions and documents, not in statements. */
export class SubmissionStore {
  private readonly insertSubmission;
  private readonly insertDocument;
  private readonly selectSubmission;
  private readonly selectDocuments;
  private readonly selectDocument;
  private readonly updateReceived;
  private readonly updateFiled;
  private readonly updateReceipt;

  constructor(private readonly db: SqliteDatabase) {
    this.insertSubmission = db.prepare(
      `INSERT INTO submissions (id, body_hash, body_json, response_json, procedure, state, created_at)
       VALUES (@id, @bodyHash, @bodyJson, @responseJson, @procedure, 'awaiting-documents', @createdAt)`,
    );
    this.insertDocument = db.prepare(
      `INSERT INTO documents (submission_id, doc_id, position, type, mime, size, sha256)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    this.selectSubmission = db.prepare<[string], SubmissionRow>(
      `SELECT ${SUBMISSION_COLUMNS} FROM submissions WHERE id = ?`,
    );
    this.selectDocuments = db.prepare<[string], DocumentRow>(
      `SELECT ${DOCUMENT_COLUMNS} FROM documents WHERE submission_id = ? ORDER BY position`,
    );
    this.selectDocument = db.prepare<[string, string], DocumentRow>(
      `SELECT ${DOCUMENT_COLUMNS} FROM documents WHERE submission_id = ? AND doc_id = ?`,
    );
    this.updateReceived = db.prepare(
      // The offset follows, so a HEAD after a whole-body PUT says "all of it".
      'UPDATE documents SET received_at = ?, upload_offset = size WHERE submission_id = ? AND doc_id = ? AND received_at IS NULL',
    );
    this.updateFiled = db.prepare(
      `UPDATE submissions SET state = 'filed', completed_at = ?, receipt_number = ?, receipt_json = ?
       WHERE id = ? AND receipt_json IS NULL`,
    );
    this.updateReceipt = db.prepare('UPDATE submissions SET receipt_json = ? WHERE id = ? AND receipt_json = ?');
  }

  /**
   * Inserts first and lets the PRIMARY KEY decide: a check-then-insert would let two racing requests
   * (two processes, or a retry arriving while the first is in flight) both believe they were first.
   * Returns null when the id was new, or the row that already held it.
   */
  create(submission: NewSubmission): SubmissionRow | null {
    const insert = this.db.transaction((s: NewSubmission) => {
      this.insertSubmission.run(s);
      s.documents.forEach((doc, position) => {
        this.insertDocument.run(s.id, doc.id, position, doc.type, doc.mime, doc.size, doc.sha256);
      });
    });
    try {
      insert(submission);
      return null;
    } catch (error) {
      if (isPrimaryKeyViolation(error)) {
        const existing = this.selectSubmission.get(submission.id);
        if (existing) return existing;
      }
      throw error;
    }
  }

  get(id: string): SubmissionRow | undefined {
    return this.selectSubmission.get(id);
  }

  documents(id: string): DocumentRow[] {
    return this.selectDocuments.all(id);
  }

  document(id: string, docId: string): DocumentRow | undefined {
    return this.selectDocument.get(id, docId);
  }

  markReceived(id: string, docId: string, at: string): void {
    this.updateReceived.run(at, id, docId);
  }

  /**
   * Swaps a stored receipt for its signed form (receipts of a v1 data folder were not signed). Only if
   * it is still the one read: number, time and digest never change once issued.
   */
  replaceReceipt(id: string, previousJson: string, receipt: Receipt): boolean {
    return this.updateReceipt.run(JSON.stringify(receipt), id, previousJson).changes === 1;
  }

  /**
   * One transaction so the receipt is made exactly once: a second call (a retry after a lost answer)
   * reads the stored receipt instead of minting a new number and time.
   */
  complete(id: string, makeReceipt: (bodyHash: string) => Receipt): CompleteResult {
    const run = this.db.transaction((): CompleteResult => {
      const row = this.selectSubmission.get(id);
      if (!row) return { notFound: true };
      if (row.receipt_json !== null) return { receipt: JSON.parse(row.receipt_json) as Receipt };
      const missing = this.selectDocuments
        .all(id)
        .filter((doc) => doc.received_at === null)
        .map((doc) => doc.doc_id);
      if (missing.length > 0) return { missing };
      for (let attempt = 0; ; attempt += 1) {
        const receipt = makeReceipt(row.body_hash);
        try {
          this.updateFiled.run(receipt.filedAt, receipt.number, JSON.stringify(receipt), id);
          return { receipt };
        } catch (error) {
          // A receipt-number collision is astronomically rare; retry a few times, never loop forever.
          if (!isUniqueViolation(error) || attempt >= 4) throw error;
        }
      }
    });
    // IMMEDIATE takes the write lock up front, so two servers on one data dir cannot both mint a receipt.
    return run.immediate();
  }
}

function sqliteCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string'
    ? error.code
    : undefined;
}

function isPrimaryKeyViolation(error: unknown): boolean {
  return sqliteCode(error) === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

function isUniqueViolation(error: unknown): boolean {
  return sqliteCode(error) === 'SQLITE_CONSTRAINT_UNIQUE';
}
