import type { RelaisDb, RelaisDexie } from './db';
import { logStorage } from './log';
import { parseMany } from './parse';
import { journalDetails, journalRecord, type JournalDetails, type JournalEntry, type JournalRecord, type JournalRow, type StoredSealed } from './records';
import { isSealed, vaultOf, type Vault } from './vault';

/** Where a line's sealed details live: bound to the dossier and the kind, so they cannot be moved. */
const detailsPlace = (dossierId: string, detailsId: string) => `${dossierId}/${detailsId}`;

/**
 * A line's details sealed BEFORE the transaction that appends it (Web Crypto inside would commit
 * it). `seal` picks the key: the device key for what the sender writes (delivery, follow-up), the
 * dossier owner's for what a person does (a mandate).
 */
export async function sealJournalDetails(
  seal: (text: string, table: 'journal', id: string, field: string) => Promise<StoredSealed>,
  dossierId: string,
  kind: JournalEntry['kind'],
  details: JournalDetails,
): Promise<Pick<JournalEntry, 'detailsId' | 'details'>> {
  const detailsId = crypto.randomUUID();
  return { detailsId, details: await seal(JSON.stringify(details), 'journal', detailsPlace(dossierId, detailsId), kind) };
}

async function openLine(vault: Vault, row: JournalRow): Promise<JournalRecord> {
  const { detailsId, details, ...line } = row;
  if (detailsId === undefined || details === undefined || !isSealed(details)) return line;
  return { ...line, ...(await vault.openJson(details, 'journal', detailsPlace(row.dossierId, detailsId), row.kind, journalDetails)) };
}

/**
 * Appends to a dossier's history. Called INSIDE the transaction of the change it records (which
 * must include the journal table), so the history can never disagree with the dossier.
 */
export async function appendJournal(d: RelaisDexie, entry: JournalEntry): Promise<void> {
  await d.journal.add(entry);
}

export function lastJournalEntry(d: RelaisDexie, dossierId: string): Promise<JournalRecord | undefined> {
  return d.journal.where('dossierId').equals(dossierId).last();
}

/**
 * "Changed" once per streak of edits on a step, not once per keystroke: the history stays readable
 * and append-only (nothing is ever rewritten). Null when the last line already says it.
 */
export function answersChangedEntry(last: JournalRecord | undefined, dossierId: string, step: string, at: number): JournalEntry | null {
  if (last?.kind === 'answers-changed' && last.step === step) return null;
  return { dossierId, at, kind: 'answers-changed', step };
}

export function journalRepository(db: RelaisDb) {
  const vault = vaultOf(db);
  return {
    /**
     * Oldest first; damaged lines are skipped and logged. A line whose details do not open
     * (altered, or sealed under a key not held) keeps its kind and time, without the details.
     */
    async listJournal(dossierId: string): Promise<JournalRecord[]> {
      const rows = parseMany(journalRecord, 'journal', await db.main.journal.where('dossierId').equals(dossierId).sortBy('seq'), 'seq');
      return Promise.all(
        rows.map((row) =>
          openLine(vault, row).catch(() => {
            logStorage({ event: 'corrupt-record', table: 'journal', key: String(row.seq), paths: ['details'] });
            const { detailsId: _id, details: _details, ...line } = row;
            return line;
          }),
        ),
      );
    },
  };
}
