import type { RelaisDb, RelaisDexie } from './db';
import { logStorage } from './log';
import { parseMany } from './parse';
import {
  journalContent,
  journalDetails,
  journalRecord,
  type JournalContent,
  type JournalEntry,
  type JournalRecord,
  type JournalRow,
  type StoredSealed,
} from './records';
import { isSealed, vaultOf, type Vault } from './vault';

/** Who seals a line: the dossier owner's key for what a person does, the device key for what the sender writes. */
export type LineSealer = (text: string, table: 'journal', id: string, field: string) => Promise<StoredSealed>;

/** Where a line lives: bound to its dossier, so a line copied into another history does not open. */
const linePlace = (dossierId: string, lineId: string) => `${dossierId}/${lineId}`;

/**
 * A history line, sealed BEFORE the transaction that appends it (Web Crypto awaited inside an
 * IndexedDB transaction lets it commit). Every writer builds its lines first, then appends them.
 */
export async function sealJournalLine(seal: LineSealer, dossierId: string, at: number, content: JournalContent): Promise<JournalEntry> {
  const lineId = crypto.randomUUID();
  return { dossierId, at, lineId, line: await seal(JSON.stringify(content), 'journal', linePlace(dossierId, lineId), 'line') };
}

/** The line opened. Lines from before 2026-11 are in clear, their v5 details sealed on their own. */
export async function openJournalLine(vault: Vault, row: JournalRow): Promise<JournalRecord> {
  if ('line' in row) {
    const content = await vault.openJson(row.line, 'journal', linePlace(row.dossierId, row.lineId), 'line', journalContent);
    return { seq: row.seq, dossierId: row.dossierId, at: row.at, ...content };
  }
  const { detailsId, details, ...line } = row;
  if (detailsId === undefined || details === undefined || !isSealed(details)) return line;
  return { ...line, ...(await vault.openJson(details, 'journal', linePlace(row.dossierId, detailsId), row.kind, journalDetails)) };
}

/**
 * Appends to a dossier's history. Called INSIDE the transaction of the change it records (which
 * must include the journal table), so the history can never disagree with the dossier.
 */
export async function appendJournal(d: RelaisDexie, entry: JournalEntry): Promise<void> {
  await d.journal.add(entry);
}

/** The newest line of a dossier as stored (not opened: this runs inside transactions too). */
export async function lastJournalRow(d: RelaisDexie, dossierId: string): Promise<JournalRow | undefined> {
  const rows = parseMany(journalRecord, 'journal', [await d.journal.where('dossierId').equals(dossierId).last()].filter((row) => row !== undefined), 'seq');
  return rows[0];
}

/**
 * "Changed" once per streak of edits on a step, not once per keystroke: the history stays readable
 * and append-only (nothing is ever rewritten). True when the last line already says it.
 */
export function repeatsLastLine(last: JournalRecord | undefined, step: string): boolean {
  return last?.kind === 'answers-changed' && last.step === step;
}

export function journalRepository(db: RelaisDb) {
  const vault = vaultOf(db);
  return {
    /**
     * Oldest first. A line that does not parse or open (altered, or sealed under a key not held
     * here) is left out and logged: its kind is sealed with it, so there is nothing true to show.
     */
    async listJournal(dossierId: string): Promise<JournalRecord[]> {
      const rows = parseMany(journalRecord, 'journal', await db.main.journal.where('dossierId').equals(dossierId).sortBy('seq'), 'seq');
      const opened = await Promise.allSettled(rows.map((row) => openJournalLine(vault, row)));
      return opened.flatMap((result, i) => {
        if (result.status === 'fulfilled') return [result.value];
        logStorage({ event: 'corrupt-record', table: 'journal', key: String(rows[i]?.seq ?? ''), paths: ['line'] });
        return [];
      });
    },
  };
}

/** Lines of what a person does are sealed for the dossier's owner (the device key when it has none). */
export function ownerSealer(vault: Vault, ownerId: string | undefined): LineSealer {
  return (text, table, id, field) => vault.seal(text, table, id, field, ownerId);
}
