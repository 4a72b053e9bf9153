import {
  isEditable,
  nextStatus,
  type DossierEvent,
} from '@/domain/dossierStatus';
import type { RelaisDb, RelaisDexie } from './db';
import { NotEditableError, RecordNotFoundError } from './errors';
import { guardWrite } from './guard';
import { parseMany, parseOne } from './parse';
import { dossierRecord, type DossierRecord, type JournalEntry, type JournalRecord } from './records';
import { answersChangedEntry, appendJournal, lastJournalEntry } from './journal';

export type AnswerPatch = Readonly<Record<string, string | boolean | null>>;

export interface NewDossier {
  procedureId: string;
  procedureVersion: string;
  language: string;
  firstStep: string;
}

/** Reads a dossier inside the caller's transaction; absent is an error for every writer. */
export async function loadDossier(d: RelaisDexie, id: string): Promise<DossierRecord> {
  const found = parseOne(dossierRecord, 'dossiers', await d.dossiers.get(id));
  if (!found) throw new RecordNotFoundError('dossiers', id);
  return found;
}

/**
 * The one rule for every content change (answers, documents): refused unless editable, and an edit
 * of a refused dossier takes it back to draft and clears the refusal (a correction is a new filing).
 */
export function editedDossier(dossier: DossierRecord, now: number): DossierRecord {
  if (!isEditable(dossier.status)) throw new NotEditableError(dossier.id, dossier.status);
  const { refusal: _cleared, ...rest } = dossier;
  if (dossier.status !== 'needs-correction') return { ...dossier, updatedAt: now };
  return { ...rest, status: nextStatus(dossier.status, 'edit'), updatedAt: now };
}

export function dossierRepository(db: RelaisDb) {
  const d = db.main;

  /**
   * Read-change-write in one transaction; `journal` says what to record, in that same transaction.
   * Reads go together, then writes go together: two round trips, not four, because the last save
   * runs as the tab closes (pagehide) and every extra round trip is a chance to lose it.
   */
  async function update(
    id: string,
    change: (dossier: DossierRecord) => DossierRecord,
    journal?: (before: DossierRecord, after: DossierRecord, last: JournalRecord | undefined) => JournalEntry | null,
  ) {
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
      const dossier: DossierRecord = {
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
      return parseOne(dossierRecord, 'dossiers', await d.dossiers.get(id));
    },

    /** Most recently changed first. Damaged rows are skipped and logged. */
    async listDossiers(): Promise<DossierRecord[]> {
      return parseMany(dossierRecord, 'dossiers', await d.dossiers.orderBy('updatedAt').reverse().toArray());
    },

    /** Merges answers (autosave). Throws NotEditableError when the dossier is frozen. */
    async saveAnswers(id: string, patch: AnswerPatch, currentStep?: string): Promise<void> {
      await update(
        id,
        (dossier) => {
          const edited = editedDossier(dossier, Date.now());
          return {
            ...edited,
            answers: { ...edited.answers, ...patch },
            currentStep: currentStep ?? edited.currentStep,
          };
        },
        (before, after, last) => {
          const changed = Object.keys(patch).some((key) => before.answers[key] !== after.answers[key]);
          return changed ? answersChangedEntry(last, id, after.currentStep, after.updatedAt) : null;
        },
      );
    },

    /** Where the wizard resumes: a UI position, not content, so it is allowed in every status. */
    setCurrentStep(id: string, step: string): Promise<DossierRecord> {
      // updatedAt is left alone: it orders the home list by content changes, not by browsing.
      return update(id, (dossier) => ({ ...dossier, currentStep: step }));
    },

    /** Applies a life-cycle event; IllegalTransitionError (domain) when the status does not allow it. */
    applyDossierEvent(id: string, event: DossierEvent): Promise<DossierRecord> {
      return update(
        id,
        (dossier) => ({ ...dossier, status: nextStatus(dossier.status, event), updatedAt: Date.now() }),
        (_before, after) => (event === 'cancel' ? { dossierId: id, at: after.updatedAt, kind: 'cancelled' } : null),
      );
    },

    /** The applicant's language. A filed body is frozen in the outbox, so this never changes it. */
    setLanguage(id: string, language: string): Promise<DossierRecord> {
      return update(id, (dossier) => ({ ...dossier, language, updatedAt: Date.now() }));
    },
  };
}
export type DossierRepository = ReturnType<typeof dossierRepository>;
