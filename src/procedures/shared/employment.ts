import type { AdviceRule, Condition, DocumentRequirement, FieldDefinition, LegalSource } from '@/domain/procedureSchema';
import { at, sources } from './sources';
import { whenAll } from './when';

/**
 * The « salarié » renewal pieces of annexe 10 row 1 §4 (docs/procedures.md §5), by job situation.
 * `base` restricts the whole block (the CSP asks it only when its ground is « salarié »), `extra`
 * adds the sources that make the block apply there (R. 433-4 for the CSP).
 */
const row1 = sources.annexe10Row1;
const sameJob = at(row1, '§ 4.1');
const noJob = at(row1, '§ 4.2');
const newJob = at(row1, '§ 4.3');

export function employmentFields(base: Condition[] = [], extra: LegalSource[] = []): FieldDefinition[] {
  return [
    {
      id: 'jobSituation',
      kind: 'choice',
      required: true,
      options: ['same-job', 'no-longer-employed', 'changed-job'],
      ...whenAll(...base),
      sources: [sameJob, noJob, newJob, sources.l4211, ...extra],
    },
    {
      // L. 421-1: the card is extended « si l'étranger se trouve involontairement privé d'emploi »;
      // a resignation is not covered (docs/reviews/legal-2026-12.md row 12), so the cause is asked.
      id: 'jobLossCause',
      kind: 'choice',
      required: true,
      options: ['dismissal', 'end-of-contract', 'mutual-agreement', 'resignation'],
      ...whenAll(...base, { field: 'jobSituation', in: ['no-longer-employed'] }),
      sources: [sources.l4211, noJob, ...extra],
    },
    {
      id: 'privateEmployer',
      kind: 'choice',
      required: true,
      options: ['yes', 'no'],
      ...whenAll(...base, { field: 'jobSituation', in: ['same-job'] }),
      sources: [sameJob, ...extra],
    },
  ];
}

/** What the cause of a job loss means for the renewal: said, with its source, never a block. */
export function employmentAdvice(base: Condition[] = []): AdviceRule[] {
  const cause = (value: string): Condition => ({ field: 'jobLossCause', in: [value] });
  const lost: Condition = { field: 'jobSituation', in: ['no-longer-employed'] };
  return [
    { code: 'resignation-not-involuntary', when: [...base, lost, cause('resignation')], sources: [sources.l4211, sources.r4212] },
    { code: 'mutual-agreement-unchecked', when: [...base, lost, cause('mutual-agreement')], sources: [sources.mutualAgreement] },
  ];
}

export function employmentDocuments(base: Condition[] = [], extra: LegalSource[] = []): DocumentRequirement[] {
  const job = (...values: string[]): Condition => ({ field: 'jobSituation', in: values });
  const mayBeAsked = [sources.oldSalarieList, ...extra];
  return [
    {
      // « autorisation de travail correspondant au poste occupé (formulaire CERFA n° 15187*01) ou
      // autorisation de travail dématérialisée » (§ 4.1), « … correspondant au poste occupé » (§ 4.3).
      type: 'work-authorisation',
      required: true,
      ...whenAll(...base, job('same-job', 'changed-job')),
      sources: [sameJob, newJob, ...extra],
    },
    {
      // « élément de la déclaration sociale nominative … ou attestation d'activité … des douze derniers mois ».
      type: 'activity-record',
      required: true,
      ...whenAll(...base, job('same-job')),
      sources: [sameJob, ...extra],
    },
    {
      // « si votre employeur est un particulier employeur : attestation de conformité aux
      // déclarations en ligne du contrat de travail (CESU ou autre organisme de déclaration) ».
      type: 'private-employer-attestation',
      required: true,
      ...whenAll(...base, job('same-job'), { field: 'privateEmployer', in: ['yes'] }),
      sources: [sameJob, ...extra],
    },
    {
      // « attestation du précédent employeur destinée à l'opérateur France Travail justifiant la rupture du contrat de travail ».
      type: 'france-travail-employer-attestation',
      required: true,
      ...whenAll(...base, job('no-longer-employed', 'changed-job')),
      sources: [noJob, newJob, sources.r4212, ...extra],
    },
    {
      // « avis de situation individuelle établi par l'opérateur France Travail ».
      type: 'france-travail-situation-notice',
      required: true,
      ...whenAll(...base, job('no-longer-employed')),
      sources: [noJob, sources.r4212, ...extra],
    },
    // Not in annexe 10 row 1 for a renewal; older prefecture lists asked for them: "may be requested".
    { type: 'employment-contract', required: false, ...whenAll(...base, job('same-job', 'changed-job')), sources: mayBeAsked },
    { type: 'payslips', required: false, ...whenAll(...base, job('same-job', 'changed-job')), sources: mayBeAsked },
  ];
}
