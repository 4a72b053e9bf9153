import { describe, expect, it } from 'vitest';
import type { Answers } from '@/contract';
import { buildSubmission, checkCompleteness, filingWarnings, sameWarnings, stepBlockers, stepIssues, type FieldsStep } from '@/domain';
import { findProcedure } from '@/procedures';

const now = () => new Date('2026-11-26T10:00:00Z');
const procedure = findProcedure('renewal-cst-vpf');
if (!procedure) throw new Error('renewal-cst-vpf missing from the catalogue');

const completeAnswers: Answers = {
  lastName: 'Benali',
  firstNames: 'Amina',
  birthDate: '1990-04-12',
  nationality: 'SN',
  foreignerNumber: '12 3456 7890',
  permitExpiry: '2027-02-15',
  currentCardHeld: 'yes',
  identityDocument: 'passport',
  consecutiveRenewals: 'none',
  street: '12 rue des Lilas',
  postcode: '75011',
  city: 'Paris',
  housing: 'own-home',
  maritalStatus: 'married',
  childrenCount: '2',
  passportExpiry: '2031-06-30',
  polygamyAllowed: 'no',
  vpfGround: 'spouse-of-french',
  spouseLifeTogether: 'ongoing',
  ePhotoCode: 'AB12CD34EF56GH78IJ90KL',
  proofOfAddressDate: '2026-10-02',
};
const allDocuments = [
  'passport',
  'current-permit',
  'proof-of-address',
  'republic-contract',
  'marriage-certificate',
  'spouse-french-nationality-proof',
  'joint-life-statement',
  'shared-life-proofs',
];

describe('completeness of a renewal « vie privée et familiale »', () => {
  it('a complete dossier can be filed', () => {
    expect(checkCompleteness(procedure, completeAnswers, allDocuments, now)).toEqual({
      complete: true,
      fileable: true,
      missing: [],
      blockers: [],
      warnings: [],
      advice: [],
    });
  });

  it.each(Object.keys(completeAnswers))('without %s it names that field as required', (fieldId) => {
    const answers = { ...completeAnswers, [fieldId]: '' };
    const result = checkCompleteness(procedure, answers, allDocuments, now);
    expect(result.complete).toBe(false);
    expect(result.missing).toEqual([expect.objectContaining({ kind: 'field', fieldId, code: 'required' })]);
  });

  it.each(allDocuments)('without the %s it names that document, as a warning (R. 431-11)', (type) => {
    const result = checkCompleteness(procedure, completeAnswers, allDocuments.filter((t) => t !== type), now);
    expect(result.missing).toEqual([expect.objectContaining({ kind: 'document', stepId: 'documents', type, blocks: false })]);
    expect(result.fileable).toBe(true);
  });

  it('a numéro étranger of an unconfirmed shape is named, and does not block (its format is unconfirmed)', () => {
    const result = checkCompleteness(procedure, { ...completeAnswers, foreignerNumber: '123' }, allDocuments, now);
    expect(result.missing).toEqual([expect.objectContaining({ kind: 'field', stepId: 'identity', fieldId: 'foreignerNumber', code: 'foreigner-number-format', blocks: false })]);
    expect(result.fileable).toBe(true);
  });

  it('a postcode of the wrong shape holds filing back (a typo, fixed in a second)', () => {
    const result = checkCompleteness(procedure, { ...completeAnswers, postcode: '7501' }, allDocuments, now);
    expect(result.blockers).toEqual([expect.objectContaining({ fieldId: 'postcode', code: 'postcode-format' })]);
  });

  it('"Next" is held back by the same blockers only: an empty ordinary answer lets the person go on', () => {
    const identity = procedure.steps.find((s): s is FieldsStep => s.id === 'identity' && s.kind === 'fields');
    if (!identity) throw new Error('no identity step');
    expect(stepBlockers(identity, { ...completeAnswers, permitExpiry: '', identityDocument: '' }, now)).toEqual([]);
    expect(stepBlockers(identity, { ...completeAnswers, lastName: '' }, now)).toEqual([{ fieldId: 'lastName', code: 'required' }]);
  });

  it('the warnings filed are the warnings read: codes only, compared whatever their order', () => {
    const result = checkCompleteness(procedure, { ...completeAnswers, street: '' }, allDocuments.filter((t) => t !== 'passport'), now);
    const warnings = filingWarnings(result);
    expect(warnings).toEqual([
      { kind: 'field', code: 'required', field: 'street' },
      { kind: 'document', code: 'missing-document', document: 'passport' },
    ]);
    expect(sameWarnings(warnings, [...warnings].reverse())).toBe(true);
    expect(sameWarnings(warnings, warnings.slice(1))).toBe(false);
  });
});

describe('conditional fields', () => {
  const step: FieldsStep = {
    id: 'housing',
    kind: 'fields',
    fields: [
      { id: 'housing', kind: 'choice', required: true, options: ['own-home', 'hosted'] },
      { id: 'hostName', kind: 'name', required: true, when: [{ field: 'housing', in: ['hosted'] }] },
    ],
  };
  it('asks only what applies', () => {
    expect(stepIssues(step, { housing: 'own-home' }, now)).toEqual([]);
    expect(stepIssues(step, { housing: 'hosted' }, now)).toEqual([{ fieldId: 'hostName', code: 'required' }]);
  });
});

describe('buildSubmission', () => {
  it('sends normalised answers and the document manifest', () => {
    const manifest = [{ id: '6f1c2a3e-0000-4000-8000-000000000001', type: 'passport', mime: 'image/jpeg' as const, size: 10, sha256: 'a'.repeat(64) }];
    const body = buildSubmission(procedure, { language: 'ar', answers: { ...completeAnswers, stray: 'x' } }, manifest);
    expect(body.procedure).toBe('renewal-cst-vpf');
    expect(body.language).toBe('ar');
    expect(body.answers.foreignerNumber).toBe('1234567890');
    expect(body.answers).not.toHaveProperty('stray');
    expect(body.documents).toEqual(manifest);
    expect(body).not.toHaveProperty('warnings');
  });

  it('carries the warnings the person filed with, and may carry no document at all (R. 431-11)', () => {
    const warnings = [{ kind: 'document' as const, code: 'missing-document', document: 'passport' }];
    const body = buildSubmission(procedure, { language: 'fr', answers: completeAnswers }, [], warnings);
    expect(body.documents).toEqual([]);
    expect(body.warnings).toEqual(warnings);
  });
});
