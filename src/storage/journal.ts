import type { RelaisDb, RelaisDexie } from './db';
import { parseMany } from './parse';
import { journalRecord, type JournalEntry, type JournalRecord } from './records';

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
  return {
    /** Oldest first; damaged lines are skipped and logged. */
    async listJournal(dossierId: string): Promise<JournalRecord[]> {
      const rows = await db.main.journal.where('dossierId').equals(dossierId).sortBy('seq');
      return parseMany(journalRecord, 'journal', rows, 'seq');
    },
  };
}
