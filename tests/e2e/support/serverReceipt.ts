import Database from 'better-sqlite3';
import { E2E_DB_FILE } from './env';

/** The receipt (attestation de dépôt) the reference server issued for a submission, if any. */
export function serverReceipt(id: string): { number: string; completedAt: string } | null {
  const db = new Database(E2E_DB_FILE, { readonly: true, fileMustExist: true });
  try {
    const row = db.prepare('SELECT receipt_number, completed_at FROM submissions WHERE id = ?').get(id) as
      | { receipt_number: string | null; completed_at: string | null }
      | undefined;
    if (!row?.receipt_number || !row.completed_at) return null;
    return { number: row.receipt_number, completedAt: row.completed_at };
  } finally {
    db.close();
  }
}
