import { describe, expect, it } from 'vitest';
import type { Answers } from '@/contract';
import { applicableDocuments, applicableFields, checkCompleteness, type MissingItem, type Procedure } from '@/domain';
import { findProcedure } from '@/procedures';

/**
 * Table-driven completeness checks shared by the per-procedure test files
 * (`<id>.completeness.test.ts`). Each file gives one complete dossier and the branches it wants to
 * see; the tables below name every required field and document explicitly, so a change in a
 * procedure shows up as a test diff, not silently.
 */
export const now = () => new Date('2026-11-26T10:00:00Z');

/** Answers every procedure shares (identity, address, photo), valid on `now`. */
export const person: Answers = {
  lastName: 'Benali',
  firstNames: 'Amina',
  birthDate: '1990-04-12',
  nationality: 'marocaine',
  foreignerNumber: '12 3456 7890',
  permitExpiry: '2027-02-15',
  passportExpiry: '2031-06-30',
  street: '12 rue des Lilas',
  postcode: '75011',
  city: 'Paris',
  housing: 'own-home',
  proofOfAddressDate: '2026-10-02',
  ePhotoCode: 'AB12CD34EF56GH78IJ90KL',
  taxStamp: '1234 5678 9012 3456',
};

export type Branch = {
  name: string;
  /** Answers changed from the complete dossier. */
  answers: Answers;
  /** What is then missing with the complete dossier's documents, in the procedure's order. */
  missing: MissingItem[];
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
  /** Whether the passport must outlast the current card. */
  passportRule: boolean;
  branches: Branch[];
};

export function doc(type: string): MissingItem {
  return { kind: 'document', stepId: 'documents', type };
}

export function field(stepId: string, fieldId: string, code = 'required'): MissingItem {
  return { kind: 'field', stepId, fieldId, code };
}

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

  describe(`completeness of ${table.id}`, () => {
    it('asks exactly the fields and documents of the table', () => {
      const fields = procedure.steps.flatMap((s) => (s.kind === 'fields' ? applicableFields(s, table.answers) : []));
      expect(fields.filter((f) => f.required).map((f) => f.id)).toEqual(table.requiredFields);
      const docs = applicableDocuments(procedure, table.answers);
      expect(docs.filter((d) => d.required).map((d) => d.type)).toEqual(table.requiredDocuments);
      expect(docs.filter((d) => !d.required).map((d) => d.type)).toEqual(table.optionalDocuments);
    });

    it('a complete dossier can be filed', () => {
      expect(check(table.answers)).toEqual({ complete: true, missing: [] });
    });

    it.each(table.requiredFields)('without %s it names exactly that field as required', (fieldId) => {
      const result = check({ ...table.answers, [fieldId]: '' });
      expect(result.complete).toBe(false);
      expect(result.missing).toEqual([field(stepOf(procedure, fieldId), fieldId)]);
    });

    it.each(table.requiredDocuments)('without the %s it names exactly that document', (type) => {
      const result = check(table.answers, documents.filter((t) => t !== type));
      expect(result.missing).toEqual([doc(type)]);
    });

    it('optional documents never block filing', () => {
      expect(check(table.answers, [...documents, ...table.optionalDocuments]).complete).toBe(true);
    });

    it.each(table.branches.map((b) => [b.name, b] as const))('branch: %s', (_name, branch) => {
      const answers = { ...table.answers, ...branch.answers };
      expect(check(answers).missing).toEqual(branch.missing);
      const add = branch.add ?? branch.missing.flatMap((m) => (m.kind === 'document' ? [m.type] : []));
      expect(check({ ...answers, ...branch.fix }, [...documents, ...add])).toEqual({ complete: true, missing: [] });
    });

    const months = table.proofOfAddressMonths;
    const today = '2026-11-26';
    it(`a proof of address older than ${String(months)} months is refused as too old`, () => {
      const tooOld = monthsBefore(today, months);
      const result = check({ ...table.answers, proofOfAddressDate: `${tooOld.slice(0, 8)}25` });
      expect(result.missing).toEqual([field('documents', 'proofOfAddressDate', 'document-too-old')]);
      expect(check({ ...table.answers, proofOfAddressDate: tooOld }).complete).toBe(true);
    });

    it('the date of the proof of address is required once the proof is attached', () => {
      expect(check({ ...table.answers, proofOfAddressDate: '' }).missing).toEqual([field('documents', 'proofOfAddressDate')]);
    });

    if (table.passportRule) {
      it('a passport expiring before the current card blocks filing with its reason', () => {
        const result = check({ ...table.answers, passportExpiry: String(table.answers.permitExpiry) });
        expect(result.missing).toEqual([field('identity', 'passportExpiry', 'passport-expires-before-card')]);
        expect(check({ ...table.answers, passportExpiry: '2027-02-16' }).complete).toBe(true);
      });
    } else {
      it('a passport expiring before the card does not block this declaration (no new period of validity)', () => {
        expect(check({ ...table.answers, passportExpiry: '2026-12-31' }).complete).toBe(true);
      });
    }

    it('wrongly shaped e-photo code and tax stamp are refused with their reasons', () => {
      const result = check({ ...table.answers, ePhotoCode: 'ABC123', taxStamp: '12345' });
      const photo = stepOf(procedure, 'ePhotoCode');
      expect(result.missing).toEqual([field(photo, 'ePhotoCode', 'e-photo-format'), field(photo, 'taxStamp', 'tax-stamp-format')]);
    });
  });
}
