import type { Database as SqliteDatabase } from 'better-sqlite3';

/** The SQL of resumable uploads: how many bytes of a document are committed. */
export class UploadStore {
  private readonly updateOffset;
  private readonly resetOffset;

  constructor(db: SqliteDatabase) {
    // Compare-and-set: the offset moves only from the value the writer started at, so two writers
    // (two server processes on one data folder) cannot both record a chunk at the same place.
    this.updateOffset = db.prepare(
      'UPDATE documents SET upload_offset = ? WHERE submission_id = ? AND doc_id = ? AND upload_offset = ? AND received_at IS NULL',
    );
    this.resetOffset = db.prepare(
      'UPDATE documents SET upload_offset = 0 WHERE submission_id = ? AND doc_id = ? AND received_at IS NULL',
    );
  }

  /** True when the offset moved from `from` to `to`. */
  advance(id: string, docId: string, from: number, to: number): boolean {
    return this.updateOffset.run(to, id, docId, from).changes === 1;
  }

  reset(id: string, docId: string): void {
    this.resetOffset.run(id, docId);
  }
}
