import { describe, expect, it } from 'vitest';
import type { Answers } from '@/contract';
import {
  attestationEnding,
  checkCompleteness,
  departementOfPostcode,
  dossierDeadline,
  feesFor,
  filingChannelFor,
  implicitRefusalOn,
  lateFeeOwed,
  onTimeBeatsComplete,
  withDeadlineAdvice,
  rateOn,
  type ChannelOverrides,
  type FilingDeployment,
  type Procedure,
} from '@/domain';
import { findProcedure } from '@/procedures';
import { feeRates } from '@/procedures/shared/feeRates';
import { person } from './completenessTable';

/**
 * The rules the legal review of December 2026 corrected (docs/reviews/legal-2026-12.md §1), one table per rule,
 * with the legal source in each test's name. "Never stricter than the law": only what makes a
 * filing impossible blocks; everything else is a warning with its consequence and source.
 */
function procedure(id: string): Procedure {
  const found = findProcedure(id);
  if (!found) throw new Error(`${id} missing`);
  return found;
}

const now = () => new Date('2026-11-26T10:00:00Z');
const noon = (iso: string) => new Date(`${iso}T10:00:00Z`);
const nowhere: FilingDeployment = { departement: null, filingChannels: null };

const vpf = procedure('renewal-cst-vpf');
const salarie = procedure('renewal-cst-salarie');
const resident = procedure('renewal-carte-resident');
const talent = procedure('renewal-talent');
const vpfAnswers: Answers = { ...person, maritalStatus: 'single', childrenCount: '0', vpfGround: 'spouse-of-french', spouseLifeTogether: 'ongoing', consecutiveRenewals: 'one' };
const vpfDocuments = ['current-permit', 'passport', 'proof-of-address', 'republic-contract', 'marriage-certificate', 'spouse-french-nationality-proof', 'joint-life-statement', 'shared-life-proofs'];

describe('REVIEW row 1 — annexe 10 « à défaut, autres justificatifs »: a passport ending before the card warns, never blocks', () => {
  it('passport ending on the card’s last day → a warning with its source; the dossier can be filed', () => {
    const result = checkCompleteness(vpf, { ...vpfAnswers, passportExpiry: String(person.permitExpiry) }, vpfDocuments, now);
    expect(result.fileable).toBe(true);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatchObject({ kind: 'field', fieldId: 'passportExpiry', code: 'passport-expires-before-card', blocks: false });
    expect(result.warnings[0]?.sources.some((s) => s.ref.includes('à défaut'))).toBe(true);
  });
});

describe('REVIEW row 2 — annexe 10 row 64, L. 121-9: a refugee renews a carte de résident without a national passport', () => {
  const refugee: Answers = {
    ...person,
    nationality: 'XXB',
    identityDocument: 'travel-document',
    passportExpiry: '',
    maritalStatus: 'single',
    childrenCount: '0',
    residentCardType: 'standard',
  };
  const documents = ['current-permit', 'travel-document', 'proof-of-address', 'republic-contract', 'birth-certificate', 'absence-statement-cr'];

  it('with a travel document and OFPRA’s acts → complete, no passport asked', () => {
    expect(checkCompleteness(resident, refugee, documents, now)).toMatchObject({ complete: true, fileable: true, missing: [] });
  });

  it('a stateless person with other proofs of identity → complete too', () => {
    const stateless = { ...refugee, nationality: 'XXA', identityDocument: 'other-proof' };
    expect(checkCompleteness(resident, stateless, [...documents.filter((d) => d !== 'travel-document'), 'other-identity-proof'], now).complete).toBe(true);
  });
});

describe('questions added in December 2026: the usual case stays until the person says otherwise', () => {
  it('a draft made before the identity-document and card questions keeps its passport and card slots, and its passport date', () => {
    const before: Answers = { ...vpfAnswers, identityDocument: '', currentCardHeld: '' };
    const result = checkCompleteness(vpf, before, vpfDocuments, now);
    // Only the two new answers are named (as warnings); the passport date and both slots still count.
    expect(result.missing.map((m) => (m.kind === 'field' ? m.fieldId : m.type))).toEqual(['currentCardHeld', 'identityDocument']);
    expect(result.fileable).toBe(true);
  });
});

describe('REVIEW row 3 — R. 431-5: the window depends on where the title is filed, which the deployment says per département', () => {
  const expiry = '2027-01-10'; // 45 days after 2026-11-26: after the 120–60 window, inside the last two months.
  const answers = { ...person, permitExpiry: expiry, postcode: '67000' };
  const basRhin: ChannelOverrides = {
    asOf: '2026-12-01',
    source: 'Préfecture du Bas-Rhin, liste des démarches',
    sourceUrl: 'https://www.bas-rhin.gouv.fr/',
    departements: { '67': { 'renewal-cst-salarie': 'counter' } },
  };

  it('« salarié » at the counter in Bas-Rhin → the two-month rule: in time, no 180 €', () => {
    const deadline = dossierDeadline(salarie, answers, now(), { departement: null, filingChannels: basRhin });
    expect(deadline?.channel).toMatchObject({ channel: 'counter', departement: '67', from: 'deployment', unconfirmed: false });
    expect(deadline?.verdict).toEqual({ kind: 'in-window', closesOn: expiry, daysLeft: 45, expiresOn: expiry });
  });

  it('the same card where the deployment says nothing → channel unknown: late online, in time at the counter — the fee only "maybe"', () => {
    const deadline = dossierDeadline(salarie, answers, now(), nowhere);
    expect(deadline?.channel).toMatchObject({ channel: 'unknown', from: 'catalogue', unconfirmed: true });
    expect(deadline?.verdict.kind).toBe('late');
    expect(lateFeeOwed(deadline)).toBe('maybe');
    // Not filed "late" either: nothing to accept about the deadline.
    expect(withDeadlineAdvice(checkCompleteness(salarie, answers, [], now), deadline, []).advice.map((a) => a.code)).not.toContain('filed-late');
  });

  it('L. 436-5 — after the online window of a title filed online: the fee is owed, and filing late is accepted knowingly', () => {
    const deadline = dossierDeadline(procedure('renewal-cst-etudiant'), answers, now(), nowhere);
    expect(lateFeeOwed(deadline)).toBe('yes');
    expect(withDeadlineAdvice(checkCompleteness(procedure('renewal-cst-etudiant'), answers, [], now), deadline, []).advice.map((a) => a.code)).toContain('filed-late');
    expect(feesFor(procedure('renewal-cst-etudiant'), answers, '2026-12-08', feeRates, true)).toMatchObject({ kind: 'due', total: 280 });
  });

  it('after expiry the fee is owed whatever the channel', () => {
    expect(lateFeeOwed(dossierDeadline(salarie, { ...answers, permitExpiry: '2026-11-01' }, now(), nowhere))).toBe('yes');
  });

  it('a title filed online (étudiant) stays on R. 431-5 1° even where the deployment lists other titles', () => {
    const deadline = dossierDeadline(procedure('renewal-cst-etudiant'), answers, now(), { departement: null, filingChannels: basRhin });
    expect(deadline?.channel?.channel).toBe('online');
    expect(deadline?.verdict.kind).toBe('late');
  });

  it('before the address is typed, the deployment’s own département applies', () => {
    const decision = filingChannelFor(salarie, { ...answers, postcode: '' }, { departement: '67', filingChannels: basRhin });
    expect(decision).toMatchObject({ channel: 'counter', departement: '67' });
  });

  it.each([
    ['75011', '75'],
    ['20000', '2A'],
    ['20200', '2B'],
    ['97400', '974'],
    ['97150', '978'],
    ['97133', '977'],
    ['98800', '988'],
    ['1234', null],
    ['00100', null],
  ])('postcode %s → département %s', (postcode, departement) => {
    expect(departementOfPostcode(postcode)).toBe(departement);
  });
});

describe('REVIEW row 9 — R. 431-11 (décret 2025-539): a missing document warns; near the deadline, file on time', () => {
  it('missing document inside the last 15 days of the window → a warning, filing allowed, and the on-time advice', () => {
    // Expiry 2027-02-04: the window closes on 2026-12-06 (60 days before), ten days after 2026-11-26.
    const answers = { ...vpfAnswers, permitExpiry: '2027-02-04' };
    const result = checkCompleteness(vpf, answers, vpfDocuments.filter((d) => d !== 'joint-life-statement'), now);
    expect(result.fileable).toBe(true);
    expect(result.warnings.map((w) => (w.kind === 'document' ? w.type : w.fieldId))).toEqual(['joint-life-statement']);
    expect(result.warnings[0]).toMatchObject({ consequence: 'missing-document' });
    const verdict = dossierDeadline(vpf, answers, now(), nowhere)?.verdict;
    expect(verdict).toMatchObject({ kind: 'in-window', daysLeft: 10 });
    expect(verdict && onTimeBeatsComplete(verdict)).toBe(true);
  });

  it('a month before the window closes, no such advice', () => {
    const verdict = dossierDeadline(vpf, { ...vpfAnswers, permitExpiry: '2027-03-01' }, now(), nowhere)?.verdict;
    expect(verdict && onTimeBeatsComplete(verdict)).toBe(false);
  });
});

describe('REVIEW row 10 — L. 423-8: the other parent’s contribution warns with its own consequence', () => {
  it('parent of a French child, recognised by the French parent, without the proof → filing allowed, L. 423-23 said', () => {
    const answers = { ...vpfAnswers, vpfGround: 'parent-of-french-child', filiationByRecognition: 'yes' };
    const attached = ['current-permit', 'passport', 'proof-of-address', 'republic-contract', 'child-birth-certificate', 'child-contribution-proof', 'child-residence-proof'];
    const result = checkCompleteness(vpf, answers, attached, now);
    expect(result.fileable).toBe(true);
    expect(result.warnings).toEqual([expect.objectContaining({ type: 'other-parent-contribution-proof', consequence: 'other-parent-contribution' })]);
  });
});

describe('REVIEW row 6 — L. 433-3, L. 421-9: a 4-year talent card has the 3-month grace', () => {
  it.each([
    ['four-years', '2027-01-01'],
    ['two-years', null],
  ])('card of %s, expired 2026-10-01 → grace until %s', (duration, graceUntil) => {
    const deadline = dossierDeadline(talent, { ...person, permitExpiry: '2026-10-01', cardDurationYears: duration }, noon('2026-11-26'), nowhere);
    expect(deadline?.verdict).toMatchObject({ kind: 'expired', graceUntil });
  });
});

describe('REVIEW row 11 — SP-F21032, F22312: a lost or stolen card is renewed with the report instead', () => {
  it.each([
    ['lost', 'loss-statement'],
    ['stolen', 'theft-report'],
  ])('card %s → the %s replaces it; nothing else missing', (held, report) => {
    const attached = [...vpfDocuments.filter((d) => d !== 'current-permit'), report];
    expect(checkCompleteness(vpf, { ...vpfAnswers, currentCardHeld: held }, attached, now)).toMatchObject({ complete: true });
  });
});

describe('REVIEW row 12 — L. 421-1: only an involuntary loss of job extends the « salarié » card', () => {
  const answers = { ...person, maritalStatus: 'single', childrenCount: '0', jobSituation: 'no-longer-employed', consecutiveRenewals: 'none' };
  it.each([
    ['dismissal', []],
    ['end-of-contract', []],
    ['mutual-agreement', ['mutual-agreement-unchecked']],
    ['resignation', ['resignation-not-involuntary']],
  ])('cause %s → advice %j, never a block', (cause, advice) => {
    const result = checkCompleteness(salarie, { ...answers, jobLossCause: cause }, [], now);
    expect(result.advice.map((a) => a.code)).toEqual(advice);
    expect(result.fileable).toBe(true);
  });

  it('the unchecked reading of a rupture conventionnelle says it is unconfirmed', () => {
    const result = checkCompleteness(salarie, { ...answers, jobLossCause: 'mutual-agreement' }, [], now);
    expect(result.advice[0]?.sources.every((s) => s.unconfirmed === true)).toBe(true);
  });
});

describe('REVIEW row 16 — SP-F38329: the republic contract follows the nationality exemptions', () => {
  const cerMissing = (p: Procedure, answers: Answers, attached: string[]) =>
    checkCompleteness(p, answers, attached, now).warnings.some((w) => w.kind === 'document' && w.type === 'republic-contract');
  const salarieAnswers = { ...person, maritalStatus: 'single', childrenCount: '0', jobSituation: 'same-job', privateEmployer: 'no', consecutiveRenewals: 'one' };
  const salarieDocs = ['current-permit', 'passport', 'proof-of-address', 'work-authorisation', 'activity-record'];
  it.each([
    ['DZ', vpf, vpfAnswers, vpfDocuments, false],
    ['SN', vpf, vpfAnswers, vpfDocuments, true],
    ['TN (family of a French national)', vpf, { ...vpfAnswers, nationality: 'TN' }, vpfDocuments, false],
    ['TN (personal ties)', vpf, { ...vpfAnswers, nationality: 'TN', vpfGround: 'personal-ties' }, [], true],
    ['MA (« salarié »)', salarie, { ...salarieAnswers, nationality: 'MA' }, salarieDocs, false],
    ['MA (« vie privée et familiale »)', vpf, { ...vpfAnswers, nationality: 'MA' }, vpfDocuments, true],
  ] as const)('%s → contract missing is a warning: %s', (label, p, answers, docs, warned) => {
    const nationality = label.slice(0, 2);
    const withoutCer = docs.filter((d) => d !== 'republic-contract');
    expect(cerMissing(p, { ...answers, nationality }, withoutCer)).toBe(warned);
  });
});

describe('REVIEW row 18 — L. 433-1-1: the third consecutive renewal of the same temporary card is said', () => {
  it.each([
    ['none', []],
    ['one', []],
    ['two', ['third-renewal-in-a-row']],
    ['three-or-more', ['renewal-cap-reached']],
  ])('renewed %s times before → advice %j, never a block', (count, advice) => {
    const result = checkCompleteness(vpf, { ...vpfAnswers, consecutiveRenewals: count }, vpfDocuments, now);
    expect(result.advice.map((a) => a.code)).toEqual(advice);
    expect(result.fileable).toBe(true);
  });

  it('students are exempt (L. 413-5): the question is not asked of them', () => {
    const fields = procedure('renewal-cst-etudiant').steps.flatMap((s) => (s.kind === 'fields' ? s.fields.map((f) => f.id) : []));
    expect(fields).not.toContain('consecutiveRenewals');
  });
});

describe('REVIEW row 13 — L. 436-1, L. 436-7, L. 436-8 and LFI 2026: fees from dated rates', () => {
  it.each([
    ['before 1 May 2026: 200 + 25 €', '2026-04-30', 225, false],
    ['from 1 May 2026: 200 + 50 € (LFI 2026, unconfirmed)', '2026-05-01', 250, true],
  ])('renewal, %s', (_label, day, total, unconfirmed) => {
    expect(feesFor(vpf, vpfAnswers, day, feeRates)).toMatchObject({ kind: 'due', total, unconfirmed });
  });

  it('a student pays the reduced tax: 50 + 50 € from May 2026', () => {
    expect(feesFor(procedure('renewal-cst-etudiant'), person, '2026-12-08', feeRates)).toMatchObject({ kind: 'due', total: 100 });
  });

  it('L. 436-8 — a spouse whose life together ended through violence pays nothing', () => {
    expect(feesFor(vpf, { ...vpfAnswers, spouseLifeTogether: 'ended-violence' }, '2026-12-08', feeRates)).toMatchObject({ kind: 'exempt' });
  });

  it('an answer left behind by a change of ground grants no exemption (the spouse’s violence, then « parent »)', () => {
    const changed = { ...vpfAnswers, vpfGround: 'parent-of-french-child', spouseLifeTogether: 'ended-violence' };
    expect(feesFor(vpf, changed, '2026-12-08', feeRates)).toMatchObject({ kind: 'due', total: 250 });
  });

  it('a change of address is free; a new card costs the stamp duty only', () => {
    const change = procedure('change-of-address');
    expect(feesFor(change, { newCardRequested: 'no' }, '2026-12-08', feeRates)).toEqual({ kind: 'free' });
    expect(feesFor(change, { newCardRequested: 'yes' }, '2026-12-08', feeRates)).toMatchObject({ kind: 'due', total: 50 });
  });

  it('L. 436-5 — the late fee is 180 € (not reported changed by the LFI 2026)', () => {
    expect(rateOn(feeRates, 'late-renewal', '2026-12-08')).toMatchObject({ euros: 180, unconfirmed: false });
  });
});

describe('REVIEW row 8 — R. 432-2, R. 422-5, R. 431-15-1: after filing, the dates that matter', () => {
  it.each([
    ['renewal-cst-vpf', '2026-03-31', '2026-07-31'],
    ['renewal-cst-vpf', '2026-10-31', '2027-02-28'],
    ['renewal-cst-etudiant', '2026-09-01', '2026-11-30'],
  ])('%s filed %s → refused by silence on %s', (id, filedOn, refusedOn) => {
    const spec = procedure(id).decision;
    if (!spec) throw new Error('no decision delay');
    expect(implicitRefusalOn(spec, filedOn)).toBe(refusedOn);
  });

  it.each([
    [['2026-12-31'], '2026-12-08', null],
    [['2026-12-20'], '2026-12-08', { endsOn: '2026-12-20', ended: false }],
    [['2026-11-30'], '2026-12-08', { endsOn: '2026-11-30', ended: true }],
    [['2026-11-30', '2027-02-28'], '2026-12-08', null],
    [[], '2026-12-08', null],
  ])('attestations valid until %j, today %s → alert %j', (validUntil, today, expected) => {
    expect(attestationEnding(validUntil, today)).toEqual(expected);
  });
});

describe('never stricter than the law, on what people really type', () => {
  it('a name typed with the phone’s apostrophe (N’Diaye) is a name', () => {
    const result = checkCompleteness(vpf, { ...vpfAnswers, lastName: 'N’Diaye' }, vpfDocuments, now);
    expect(result.complete).toBe(true);
  });

  it('an old passport date is unusual, not impossible: a warning, never a block', () => {
    const result = checkCompleteness(vpf, { ...vpfAnswers, passportExpiry: '2018-01-01' }, vpfDocuments, now);
    expect(result.fileable).toBe(true);
    expect(result.warnings.map((w) => (w.kind === 'field' ? w.code : w.type))).toContain('date-implausible');
  });
});

describe('REVIEW row 20 — R. 431-5, R. 431-8: the LTR-EU card has no window and no late fee', () => {
  it('carte « résident de longue durée-UE » → special case, whatever the date', () => {
    const deadline = dossierDeadline(resident, { ...person, residentCardType: 'ld-ue', permitExpiry: '2027-01-10' }, now(), nowhere);
    expect(deadline?.verdict).toEqual({ kind: 'special-case', reason: 'long-term-eu' });
  });

  it('a person under 19 renewing is computed like everyone (R. 431-5 2°/3° concern first requests)', () => {
    const deadline = dossierDeadline(vpf, { ...vpfAnswers, birthDate: '2008-01-01', permitExpiry: '2027-02-15' }, now(), nowhere);
    expect(deadline?.verdict.kind).toBe('in-window');
  });
});
