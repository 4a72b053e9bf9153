import { describe, expect, it } from 'vitest';
import type { Answers } from '@/contract';
import { applicableDocuments, applicableFields, checkCompleteness, restsOnUnconfirmed, type MissingItem, type Procedure } from '@/domain';
import { findProcedure } from '@/procedures';

/**
 * Table-driven completeness checks shared by the per-procedure test files
 * (`<id>.completeness.test.ts`). Each file gives one complete dossier and the branches it wants to
 * see; the tables below name every required field and document explicitly, so a change in a
 * procedure shows up as a test diff, not silently. What is missing is compared by what it names
 * (`Named`); what blocks and what only warns is checked by rule, with the source in the test name
 * (CESEDA R. 431-10: identity blocks; R. 431-11: the rest is asked for by the administration).
 */
export const now = () => new Date('2026-11-26T10:00:00Z');

/** Answers every procedure shares (identity, address, photo), valid on `now`. */
export const person: Answers = {
  lastName: 'Benali',
  firstNames: 'Amina',
  birthDate: '1990-04-12',
  nationality: 'SN',
  foreignerNumber: '12 3456 7890',
  permitExpiry: '2027-02-15',
  currentCardHeld: 'yes',
  identityDocument: 'passport',
  passportExpiry: '2031-06-30',
  street: '12 rue des Lilas',
  postcode: '75011',
  city: 'Paris',
  housing: 'own-home',
  proofOfAddressDate: '2026-10-02',
  ePhotoCode: 'AB12CD34EF56GH78IJ90KL',
  taxStamp: '1234 5678 9012 3456',
};

/** A finding by what it names, without its sources and severity (checked by rule, below). */
export type Named = { kind: 'field'; stepId: string; fieldId: string; code: string } | { kind: 'document'; stepId: string; type: string };

export function named(item: MissingItem): Named {
  return item.kind === 'field'
    ? { kind: 'field', stepId: item.stepId, fieldId: item.fieldId, code: item.code }
    : { kind: 'document', stepId: item.stepId, type: item.type };
}

export type Branch = {
  name: string;
  /** Answers changed from the complete dossier. */
  answers: Answers;
  /** What is then missing with the complete dossier's documents, in the procedure's order. */
  missing: Named[];
  /** Documents to add so that the dossier is complete again (default: the missing documents). */
  add?: string[];
  /** Answers to give so that the dossier is complete again (when a field was missing). */
  fix?: Answers;
};

export type CompletenessTable = {
  id: string;
  answers: Answers;
  /** Required fields for `answers`, in the order of the steps. */
  requiredFields: string[];
  /** Required documents for `answers`, in the order of the documents step. */
  requiredDocuments: string[];
  /** Optional slots shown for `answers` (may be requested, never blocking). */
  optionalDocuments: string[];
  /** Months of the proof-of-address age limit. */
  proofOfAddressMonths: number;
  /** Whether a passport ending before the new card starts is said (a warning, never a block). */
  passportRule: boolean;
  branches: Branch[];
};

export function doc(type: string): Named {
  return { kind: 'document', stepId: 'documents', type };
}

export function field(stepId: string, fieldId: string, code = 'required'): Named {
  return { kind: 'field', stepId, fieldId, code };
}

/** Without these the request cannot be filed at all: nobody to identify, no card to renew (R. 431-10). */
const ESSENTIAL = ['lastName', 'firstNames', 'birthDate', 'nationality', 'foreignerNumber'];

function stepOf(procedure: Procedure, fieldId: string): string {
  return procedure.steps.find((s) => s.kind === 'fields' && s.fields.some((f) => f.id === fieldId))?.id ?? '';
}

/** Same calendar day, `months` earlier (all dates used here exist in every month). */
function monthsBefore(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const zero = y * 12 + (m - 1) - months;
  return `${String(Math.floor(zero / 12))}-${String((zero % 12) + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function describeCompleteness(table: CompletenessTable): void {
  const found = findProcedure(table.id);
  if (!found) throw new Error(`${table.id} missing from the catalogue`);
  const procedure: Procedure = found;
  const documents = table.requiredDocuments;
  const check = (answers: Answers, attached: readonly string[] = documents) => checkCompleteness(procedure, answers, attached, now);
  const missing = (answers: Answers, attached?: readonly string[]) => check(answers, attached).missing.map(named);
  const completeAndFree = (answers: Answers, attached?: readonly string[]) => {
    const result = check(answers, attached);
    return { complete: result.complete, fileable: result.fileable, missing: result.missing.map(named) };
  };
  const COMPLETE = { complete: true, fileable: true, missing: [] };

  describe(`completeness of ${table.id}`, () => {
    it('asks exactly the fields and documents of the table', () => {
      const fields = procedure.steps.flatMap((s) => (s.kind === 'fields' ? applicableFields(s, table.answers) : []));
      expect(fields.filter((f) => f.required).map((f) => f.id)).toEqual(table.requiredFields);
      const docs = applicableDocuments(procedure, table.answers);
      expect(docs.filter((d) => d.required).map((d) => d.type)).toEqual(table.requiredDocuments);
      expect(docs.filter((d) => !d.required).map((d) => d.type)).toEqual(table.optionalDocuments);
    });

    it('a complete dossier can be filed', () => {
      expect(completeAndFree(table.answers)).toEqual(COMPLETE);
    });

    it.each(table.requiredFields.filter((id) => ESSENTIAL.includes(id)))('CESEDA R. 431-10 — without %s there is nobody (or no card) to file for: it blocks', (fieldId) => {
      const result = check({ ...table.answers, [fieldId]: '' });
      expect(result.missing.map(named)).toEqual([field(stepOf(procedure, fieldId), fieldId)]);
      expect(result.fileable).toBe(false);
      expect(result.blockers.map(named)).toEqual([field(stepOf(procedure, fieldId), fieldId)]);
    });

    it.each(table.requiredFields.filter((id) => !ESSENTIAL.includes(id)))('CESEDA R. 431-11 — without %s it is named, as a warning: filing stays possible', (fieldId) => {
      const result = check({ ...table.answers, [fieldId]: '' });
      expect(result.complete).toBe(false);
      expect(result.fileable).toBe(true);
      expect(result.warnings.map(named)).toEqual([field(stepOf(procedure, fieldId), fieldId)]);
    });

    it.each(table.requiredDocuments)('CESEDA R. 431-11 — without the %s it names that document, as a warning with its consequence', (type) => {
      const result = check(table.answers, documents.filter((t) => t !== type));
      expect(result.missing.map(named)).toEqual([doc(type)]);
      expect(result.fileable).toBe(true);
      expect(result.warnings[0]).toMatchObject({ kind: 'document', blocks: false, consequence: expect.any(String) as string });
    });

    it('with nothing attached at all it can still be filed (R. 431-11), with one warning per document', () => {
      const result = check(table.answers, []);
      expect(result.fileable).toBe(true);
      expect(result.warnings.filter((w) => w.kind === 'document')).toHaveLength(documents.length);
    });

    it('optional documents never hold filing back', () => {
      expect(check(table.answers, [...documents, ...table.optionalDocuments]).complete).toBe(true);
    });

    it('no finding that blocks rests on an unconfirmed source', () => {
      const empty: Answers = Object.fromEntries(Object.keys(table.answers).map((k) => [k, '']));
      const garbled: Answers = Object.fromEntries(Object.keys(table.answers).map((k) => [k, 'x!']));
      for (const answers of [empty, garbled, table.answers]) {
        for (const blocker of check(answers, []).blockers) expect(restsOnUnconfirmed(blocker.sources), JSON.stringify(named(blocker))).toBe(false);
      }
    });

    it.each(table.branches.map((b) => [b.name, b] as const))('branch: %s', (_name, branch) => {
      const answers = { ...table.answers, ...branch.answers };
      expect(missing(answers)).toEqual(branch.missing);
      const add = branch.add ?? branch.missing.flatMap((m) => (m.kind === 'document' ? [m.type] : []));
      expect(completeAndFree({ ...answers, ...branch.fix }, [...documents, ...add])).toEqual(COMPLETE);
    });

    const months = table.proofOfAddressMonths;
    const today = '2026-11-26';
    it(`a proof of address older than ${String(months)} months is named as too old — a warning (R. 431-11)`, () => {
      const tooOld = monthsBefore(today, months);
      const result = check({ ...table.answers, proofOfAddressDate: `${tooOld.slice(0, 8)}25` });
      expect(result.missing.map(named)).toEqual([field('documents', 'proofOfAddressDate', 'document-too-old')]);
      expect(result.fileable).toBe(true);
      expect(check({ ...table.answers, proofOfAddressDate: tooOld }).complete).toBe(true);
    });

    it('the date of the proof of address is asked once the proof is attached (a warning)', () => {
      const result = check({ ...table.answers, proofOfAddressDate: '' });
      expect(result.missing.map(named)).toEqual([field('documents', 'proofOfAddressDate')]);
      expect(result.fileable).toBe(true);
    });

    if (table.passportRule) {
      it('annexe 10 « à défaut, autres justificatifs » — a passport ending before the card: a warning, filing allowed', () => {
        const result = check({ ...table.answers, passportExpiry: String(table.answers.permitExpiry) });
        expect(result.missing.map(named)).toEqual([field('identity', 'passportExpiry', 'passport-expires-before-card')]);
        expect(result.fileable).toBe(true);
        expect(check({ ...table.answers, passportExpiry: '2027-02-16' }).complete).toBe(true);
      });
    } else {
      it('a passport expiring before the card is not even a warning for this declaration (no new period of validity)', () => {
        expect(check({ ...table.answers, passportExpiry: '2026-12-31' }).complete).toBe(true);
      });
    }

    it('annexe 10 « à défaut, autres justificatifs » — a travel document instead of a passport: complete, no passport date asked', () => {
      const answers = { ...table.answers, identityDocument: 'travel-document', passportExpiry: '' };
      const attached = [...documents.filter((t) => t !== 'passport'), 'travel-document'];
      expect(completeAndFree(answers, attached)).toEqual(COMPLETE);
    });

    it('e-photo code and tax stamp of an unconfirmed shape are named, as warnings (unconfirmed never blocks)', () => {
      const result = check({ ...table.answers, ePhotoCode: 'ABC123', taxStamp: '12345' });
      const photo = stepOf(procedure, 'ePhotoCode');
      expect(result.missing.map(named)).toEqual([field(photo, 'ePhotoCode', 'e-photo-format'), field(photo, 'taxStamp', 'tax-stamp-format')]);
      expect(result.fileable).toBe(true);
    });

    it('a date that does not exist holds filing back until it is fixed or cleared', () => {
      const result = check({ ...table.answers, birthDate: '1990-02-30' });
      expect(result.blockers.map(named)).toEqual([field('identity', 'birthDate', 'date-invalid')]);
    });
  });
}
