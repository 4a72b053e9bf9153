import { z } from 'zod/mini';
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
import {
  answerValue,
  dossierRecord,
  dossierRefusal,
  dossierSealedTexts,
  type AnswerValue,
  type DossierRecord,
  type DossierRow,
  type DossierView,
  type JournalEntry,
  type LockedDossier,
  type StoredSealed,
} from './records';
import { appendJournal, lastJournalRow, openJournalLine, ownerSealer, repeatsLastLine, sealJournalLine } from './journal';
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

/** Every sealed value of the row: the dossier opens only if all of them can. */
function sealedValues(row: DossierRow): StoredSealed[] {
  return [...Object.values(row.answers), ...dossierSealedTexts.map((field) => row[field]), row.refusal].filter(isSealed);
}

function lockedDossier(row: DossierRow): LockedDossier {
  const { id, status, createdAt, updatedAt, submissionId, ownerId } = row;
  return { id, status, createdAt, updatedAt, ...(submissionId === undefined ? {} : { submissionId }), ...(ownerId === undefined ? {} : { ownerId }), locked: true };
}

/**
 * The dossier opened. Sealed under a key not held here → a `locked` dossier with only what is in
 * clear. Altered or moved → TamperedRecordError: never a dossier with some answers silently missing.
 */
export async function openDossier(vault: Vault, row: DossierRow): Promise<DossierView> {
  if (sealedValues(row).some((value) => !vault.canOpen(value))) return lockedDossier(row);
  const text = (field: (typeof dossierSealedTexts)[number]) => vault.openField(row[field], 'dossiers', row.id, field, z.string());
  const [answers, procedureId, procedureVersion, language, currentStep, refusal] = await Promise.all([
    Promise.all(Object.entries(row.answers).map(async ([key, value]) => [key, isSealed(value) ? await openAnswer(vault, value, row.id, key) : value] as const)),
    text('procedureId'),
    text('procedureVersion'),
    text('language'),
    text('currentStep'),
    row.refusal === undefined ? undefined : vault.openField(row.refusal, 'dossiers', row.id, 'refusal', dossierRefusal),
  ]);
  const { refusal: _sealed, ...rest } = row;
  return { ...rest, procedureId, procedureVersion, language, currentStep, answers: Object.fromEntries(answers), ...(refusal ? { refusal } : {}) };
}

/** One descriptive field sealed for the dossier's owner (JSON, like the answers). */
export function sealDossierField(vault: Vault, id: string, field: (typeof dossierSealedTexts)[number] | 'refusal', value: unknown, ownerId: string | undefined): Promise<StoredSealed> {
  return vault.seal(JSON.stringify(value), 'dossiers', id, field, ownerId);
}

/** A history line built before its transaction; skipped when the newest line is still `unlessLastSeq`. */
interface PreparedLine {
  entry: JournalEntry;
  unlessLastSeq?: number;
}

export function dossierRepository(db: RelaisDb) {
  const d = db.main;
  const vault = vaultOf(db);
  const opened = (row: DossierRow) => openDossier(vault, row);

  async function readRow(id: string): Promise<DossierRow> {
    const row = parseOne(dossierRecord, 'dossiers', await d.dossiers.get(id));
    if (!row) throw new RecordNotFoundError('dossiers', id);
    return row;
  }

  /**
   * Read-change-write in one transaction, with the history line (sealed beforehand) in that same
   * transaction. One read, then the writes together: the last save runs as the tab closes
   * (pagehide) and every extra round trip is a chance to lose it.
   */
  async function update(id: string, change: (dossier: DossierRow) => DossierRow, line?: PreparedLine): Promise<DossierRow> {
    return guardWrite(() =>
      d.transaction('rw', [d.dossiers, d.journal], async () => {
        const [before, last] = await Promise.all([
          loadDossier(d, id),
          line?.unlessLastSeq === undefined ? Promise.resolve(undefined) : lastJournalRow(d, id),
        ]);
        const next = change(before);
        const append = line !== undefined && (line.unlessLastSeq === undefined || last?.seq !== line.unlessLastSeq);
        await Promise.all([d.dossiers.put(next), append ? appendJournal(d, line.entry) : Promise.resolve()]);
        return next;
      }),
    );
  }

  return {
    async createDossier(input: NewDossier): Promise<DossierRecord> {
      const now = Date.now();
      const owner = heldOwnerId() ?? undefined;
      const id = crypto.randomUUID();
      const field = (name: (typeof dossierSealedTexts)[number], value: string) => sealDossierField(vault, id, name, value, owner);
      const [procedureId, procedureVersion, language, currentStep, created] = await Promise.all([
        field('procedureId', input.procedureId),
        field('procedureVersion', input.procedureVersion),
        field('language', input.language),
        field('currentStep', input.firstStep),
        sealJournalLine(ownerSealer(vault, owner), id, now, { kind: 'created' }),
      ]);
      const row: DossierRow = {
        ...(owner === undefined ? {} : { ownerId: owner }),
        id,
        procedureId,
        procedureVersion,
        status: 'draft',
        language,
        answers: {},
        currentStep,
        createdAt: now,
        updatedAt: now,
      };
      await guardWrite(() =>
        d.transaction('rw', [d.dossiers, d.journal], async () => {
          await d.dossiers.add(row);
          await appendJournal(d, created);
        }),
      );
      return {
        ...(owner === undefined ? {} : { ownerId: owner }),
        id,
        procedureId: input.procedureId,
        procedureVersion: input.procedureVersion,
        status: 'draft',
        language: input.language,
        answers: {},
        currentStep: input.firstStep,
        createdAt: now,
        updatedAt: now,
      };
    },

    /** undefined when absent; CorruptRecordError when the stored row is damaged. */
    async getDossier(id: string): Promise<DossierView | undefined> {
      const row = parseOne(dossierRecord, 'dossiers', await d.dossiers.get(id));
      return row ? opened(row) : undefined;
    },

    /** Most recently changed first. Damaged or altered rows are skipped and logged. */
    async listDossiers(): Promise<DossierView[]> {
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
      // and everything written is sealed before the transaction (Web Crypto inside it would commit
      // it). Only what this save needs is opened, all at once: this runs on every autosave, the
      // last one as the tab closes, where each extra step before the write is a chance to lose it.
      const [row, lastRow] = await Promise.all([readRow(id), lastJournalRow(d, id)]);
      if (sealedValues(row).some((value) => !vault.canOpen(value))) throw new LockedRecordError(`dossiers/${id}/answers`, row.ownerId ?? 'owner');
      const now = Date.now();
      const before = async (key: string) => {
        const value = row.answers[key];
        return isSealed(value) ? openAnswer(vault, value, id, key) : value;
      };
      // Every caller names the step; the stored one is the fallback.
      const step = currentStep ?? (await vault.openField(row.currentStep, 'dossiers', id, 'currentStep', z.string()));
      // The line is sealed even if nothing changed: one round of crypto, not two, before the write.
      const [changes, sealedAnswers, sealedStep, last, entry] = await Promise.all([
        Promise.all(Object.keys(patch).map(async (key) => (await before(key)) !== patch[key])),
        Promise.all(Object.entries(patch).map(async ([key, value]) => [key, await vault.seal(JSON.stringify(value), 'dossiers', id, `answers/${key}`, row.ownerId)] as const)),
        currentStep === undefined ? undefined : sealDossierField(vault, id, 'currentStep', currentStep, row.ownerId),
        lastRow ? openJournalLine(vault, lastRow).catch(() => undefined) : undefined,
        sealJournalLine(ownerSealer(vault, row.ownerId), id, now, { kind: 'answers-changed', step }),
      ]);
      const changed = changes.some(Boolean);
      await update(
        id,
        (dossier) => {
          const edited = editedDossier(dossier, now);
          return { ...edited, answers: { ...edited.answers, ...Object.fromEntries(sealedAnswers) }, ...(sealedStep ? { currentStep: sealedStep } : {}) };
        },
        changed ? { entry, ...(lastRow && repeatsLastLine(last, step) ? { unlessLastSeq: lastRow.seq } : {}) } : undefined,
      );
    },

    /** Where the wizard resumes: a UI position, not content, so it is allowed in every status. */
    async setCurrentStep(id: string, step: string): Promise<DossierView> {
      const sealed = await sealDossierField(vault, id, 'currentStep', step, (await readRow(id)).ownerId);
      // updatedAt is left alone: it orders the home list by content changes, not by browsing.
      return opened(await update(id, (dossier) => ({ ...dossier, currentStep: sealed })));
    },

    /** Applies a life-cycle event; IllegalTransitionError (domain) when the status does not allow it. */
    async applyDossierEvent(id: string, event: DossierEvent): Promise<DossierView> {
      const now = Date.now();
      const line = event === 'cancel' ? await sealJournalLine(ownerSealer(vault, (await readRow(id)).ownerId), id, now, { kind: 'cancelled' }) : undefined;
      return opened(await update(id, (dossier) => ({ ...dossier, status: nextStatus(dossier.status, event), updatedAt: now }), line ? { entry: line } : undefined));
    },

    /** The applicant's language. A filed body is frozen in the outbox, so this never changes it. */
    async setLanguage(id: string, language: string): Promise<DossierView> {
      const sealed = await sealDossierField(vault, id, 'language', language, (await readRow(id)).ownerId);
      return opened(await update(id, (dossier) => ({ ...dossier, language: sealed, updatedAt: Date.now() })));
    },
  };
}
export type DossierRepository = ReturnType<typeof dossierRepository>;
