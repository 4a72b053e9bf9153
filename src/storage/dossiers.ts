import {
  isEditable,
  nextStatus,
  type DossierEvent,
} from '@/domain/dossierStatus';
import type { RelaisDb, RelaisDexie } from './db';
import { NotEditableError, RecordNotFoundError } from './errors';
import { guardWrite } from './guard';
import { parseMany, parseOne } from './parse';
import { logStorage } from './log';
import { answerValue, dossierRecord, type AnswerValue, type DossierRecord, type DossierRow, type JournalEntry, type JournalRecord, type StoredSealed } from './records';
import { answersChangedEntry, appendJournal, lastJournalEntry } from './journal';
import { heldOwnerId, isSealed, LockedRecordError, vaultOf, type Vault } from './vault';

export type AnswerPatch = Readonly<Record<string, string | boolean | null>>;

export interface NewDossier {
  procedureId: string;
  procedureVersion: string;
  language: string;
  firstStep: string;
}

/** Reads a dossier row (answers sealed) inside the caller's transaction; absent is an error for every writer. */
export async function loadDossier(d: RelaisDexie, id: string): Promise<DossierRow> {
  const found = parseOne(dossierRecord, 'dossiers', await d.dossiers.get(id));
  if (!found) throw new RecordNotFoundError('dossiers', id);
  return found;
}

/**
 * The one rule for every content change (answers, documents): refused unless editable, and an edit
 * of a refused dossier takes it back to draft and clears the refusal (a correction is a new filing).
 */
export function editedDossier(dossier: DossierRow, now: number): DossierRow {
  if (!isEditable(dossier.status)) throw new NotEditableError(dossier.id, dossier.status);
  const { refusal: _cleared, ...rest } = dossier;
  if (dossier.status !== 'needs-correction') return { ...dossier, updatedAt: now };
  return { ...rest, status: nextStatus(dossier.status, 'edit'), updatedAt: now };
}

/** A JSON text, so that the string "true" and the answer `true` stay apart once sealed. */
function openAnswer(vault: Vault, sealed: StoredSealed, id: string, key: string): Promise<AnswerValue> {
  return vault.openJson(sealed, 'dossiers', id, `answers/${key}`, answerValue);
}

/**
 * The dossier with its answers opened. Sealed under a key not held here → `locked`, no answers.
 * Altered or moved → TamperedRecordError: never a dossier with some answers silently missing.
 */
export async function openDossier(vault: Vault, row: DossierRow): Promise<DossierRecord> {
  const entries = Object.entries(row.answers);
  const sealed = entries.filter((entry): entry is [string, StoredSealed] => isSealed(entry[1]));
  if (sealed.some(([, value]) => !vault.canOpen(value))) return { ...row, answers: {}, locked: true };
  const opened = await Promise.all(
    entries.map(async ([key, value]) => [key, isSealed(value) ? await openAnswer(vault, value, row.id, key) : value] as const),
  );
  return { ...row, answers: Object.fromEntries(opened) };
}

export function dossierRepository(db: RelaisDb) {
  const d = db.main;
  const vault = vaultOf(db);
  const opened = (row: DossierRow) => openDossier(vault, row);

  /**
   * Read-change-write in one transaction; `journal` says what to record, in that same transaction.
   * Reads go together, then writes go together: two round trips, not four, because the last save
   * runs as the tab closes (pagehide) and every extra round trip is a chance to lose it.
   */
  async function update(
    id: string,
    change: (dossier: DossierRow) => DossierRow,
    journal?: (before: DossierRow, after: DossierRow, last: JournalRecord | undefined) => JournalEntry | null,
  ): Promise<DossierRow> {
    return guardWrite(() =>
      d.transaction('rw', [d.dossiers, d.journal], async () => {
        const [before, last] = await Promise.all([
          loadDossier(d, id),
          journal ? lastJournalEntry(d, id) : Promise.resolve(undefined),
        ]);
        const next = change(before);
        const entry = journal ? journal(before, next, last) : null;
        await Promise.all([d.dossiers.put(next), entry ? appendJournal(d, entry) : Promise.resolve()]);
        return next;
      }),
    );
  }

  return {
    async createDossier(input: NewDossier): Promise<DossierRecord> {
      const now = Date.now();
      const owner = heldOwnerId();
      const dossier: DossierRecord = {
        ...(owner === null ? {} : { ownerId: owner }),
        id: crypto.randomUUID(),
        procedureId: input.procedureId,
        procedureVersion: input.procedureVersion,
        status: 'draft',
        language: input.language,
        answers: {},
        currentStep: input.firstStep,
        createdAt: now,
        updatedAt: now,
      };
      await guardWrite(() =>
        d.transaction('rw', [d.dossiers, d.journal], async () => {
          await d.dossiers.add(dossier);
          await appendJournal(d, { dossierId: dossier.id, at: now, kind: 'created' });
        }),
      );
      return dossier;
    },

    /** undefined when absent; CorruptRecordError when the stored row is damaged. */
    async getDossier(id: string): Promise<DossierRecord | undefined> {
      const row = parseOne(dossierRecord, 'dossiers', await d.dossiers.get(id));
      return row ? opened(row) : undefined;
    },

    /** Most recently changed first. Damaged or altered rows are skipped and logged. */
    async listDossiers(): Promise<DossierRecord[]> {
      const rows = parseMany(dossierRecord, 'dossiers', await d.dossiers.orderBy('updatedAt').reverse().toArray());
      const settled = await Promise.allSettled(rows.map(opened));
      return settled.flatMap((result, i) => {
        if (result.status === 'fulfilled') return [result.value];
        logStorage({ event: 'corrupt-record', table: 'dossiers', key: rows[i]?.id ?? null, paths: ['answers'] });
        return [];
      });
    },

    /** Merges answers (autosave). Throws NotEditableError when the dossier is frozen. */
    async saveAnswers(id: string, patch: AnswerPatch, currentStep?: string): Promise<void> {
      // Sealed values never compare equal (fresh IV): what changed is decided on the opened answers,
      // and each answer is sealed before the transaction (Web Crypto inside it would commit it).
      // Only the patched answers are opened: this runs on every autosave, the last one as the tab
      // closes, where each extra step before the write is a chance to lose it.
      const row = parseOne(dossierRecord, 'dossiers', await d.dossiers.get(id));
      const held = row ? Object.values(row.answers).filter(isSealed) : [];
      if (held.some((value) => !vault.canOpen(value))) throw new LockedRecordError(`dossiers/${id}/answers`, row?.ownerId ?? 'owner');
      const before = async (key: string) => {
        const value = row?.answers[key];
        return isSealed(value) ? openAnswer(vault, value, id, key) : value;
      };
      const changed = (await Promise.all(Object.keys(patch).map(async (key) => (await before(key)) !== patch[key]))).some(Boolean);
      const sealed = Object.fromEntries(
        await Promise.all(
          Object.entries(patch).map(async ([key, value]) => [key, await vault.seal(JSON.stringify(value), 'dossiers', id, `answers/${key}`, row?.ownerId)] as const),
        ),
      );
      await update(
        id,
        (dossier) => {
          const edited = editedDossier(dossier, Date.now());
          return {
            ...edited,
            answers: { ...edited.answers, ...sealed },
            currentStep: currentStep ?? edited.currentStep,
          };
        },
        (_before, after, last) => (changed ? answersChangedEntry(last, id, after.currentStep, after.updatedAt) : null),
      );
    },

    /** Where the wizard resumes: a UI position, not content, so it is allowed in every status. */
    async setCurrentStep(id: string, step: string): Promise<DossierRecord> {
      // updatedAt is left alone: it orders the home list by content changes, not by browsing.
      return opened(await update(id, (dossier) => ({ ...dossier, currentStep: step })));
    },

    /** Applies a life-cycle event; IllegalTransitionError (domain) when the status does not allow it. */
    async applyDossierEvent(id: string, event: DossierEvent): Promise<DossierRecord> {
      return opened(
        await update(
          id,
          (dossier) => ({ ...dossier, status: nextStatus(dossier.status, event), updatedAt: Date.now() }),
          (_before, after) => (event === 'cancel' ? { dossierId: id, at: after.updatedAt, kind: 'cancelled' } : null),
        ),
      );
    },

    /** The applicant's language. A filed body is frozen in the outbox, so this never changes it. */
    async setLanguage(id: string, language: string): Promise<DossierRecord> {
      return opened(await update(id, (dossier) => ({ ...dossier, language, updatedAt: Date.now() })));
    },
  };
}
export type DossierRepository = ReturnType<typeof dossierRepository>;
