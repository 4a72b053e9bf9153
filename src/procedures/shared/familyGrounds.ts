import type { Condition, DocumentRequirement, FieldDefinition, LegalSource } from '@/domain/procedureSchema';
import { at, sources, unconfirmed } from './sources';

/**
 * The renewal pieces of the three « vie privée et familiale » grounds (annexe 10 rows 29, 30, 37
 * § 3; docs/procedures.md §6a–6c). Each block takes the condition that selects its ground (`vpfGround`
 * for the CST, `cardGround` for the CSP) and the extra sources that make it apply (R. 433-4).
 */
const row29 = at(sources.annexe10Row29, '§ 3');
const row30 = at(sources.annexe10Row30, '§ 3');
const row37 = at(sources.annexe10Row37, '§ 3');

// ---- Conjoint de Français (L. 423-1, L. 423-5) ------------------------------------------------

export function spouseFields(ground: Condition, extra: LegalSource[] = []): FieldDefinition[] {
  return [
    {
      // « Si la vie commune a été rompue en raison de violences conjugales ou familiales … de la
      // polygamie en France de votre conjoint … du décès de votre conjoint »: each case has its proof.
      id: 'spouseLifeTogether',
      kind: 'choice',
      required: true,
      options: ['ongoing', 'ended-violence', 'ended-spouse-polygamy', 'ended-death'],
      when: [ground],
      sources: [row29, sources.l4231, sources.l4235, ...extra],
    },
  ];
}

export function spouseDocuments(ground: Condition, extra: LegalSource[] = []): DocumentRequirement[] {
  const life = (value: string): Condition => ({ field: 'spouseLifeTogether', in: [value] });
  return [
    // « justificatif de mariage : copie intégrale de l'acte de mariage » (+ transcription if abroad, § 1).
    { type: 'marriage-certificate', required: true, when: [ground], sources: [row29, at(sources.annexe10Row29, '§ 1'), ...extra] },
    // « passeport en cours de validité, carte nationale d'identité en cours de validité ou certificat de nationalité française de moins de six mois ».
    { type: 'spouse-french-nationality-proof', required: true, when: [ground], sources: [row29, ...extra] },
    // « déclaration sur l'honneur conjointe attestant de votre vie commune et documents permettant d'établir cette communauté de vie ».
    { type: 'joint-life-statement', required: true, when: [ground, life('ongoing')], sources: [row29, ...extra] },
    { type: 'shared-life-proofs', required: true, when: [ground, life('ongoing')], sources: [row29, ...extra] },
    { type: 'violence-proof', required: true, when: [ground, life('ended-violence')], sources: [row29, sources.l4235, ...extra] },
    { type: 'spouse-polygamy-proof', required: true, when: [ground, life('ended-spouse-polygamy')], sources: [row29, sources.l4235, ...extra] },
    { type: 'spouse-death-certificate', required: true, when: [ground, life('ended-death')], sources: [row29, ...extra] },
  ];
}

// ---- Parent d'enfant français (L. 423-7, L. 423-8) --------------------------------------------

export function parentFields(ground: Condition, extra: LegalSource[] = []): FieldDefinition[] {
  return [
    {
      // L. 423-8: when the filiation rests on a recognition by the French parent, an applicant who
      // is NOT its author shows that parent's contribution (or a court decision) — and without it,
      // the right is judged under L. 423-23 and the child's interest: never a block (row 10).
      id: 'filiationByRecognition',
      kind: 'choice',
      required: true,
      options: ['yes', 'no'],
      when: [ground],
      sources: [row30, sources.l4238, ...extra],
    },
  ];
}

export function parentDocuments(ground: Condition, extra: LegalSource[] = []): DocumentRequirement[] {
  return [
    // « copie intégrale de l'acte de naissance comportant la filiation ».
    { type: 'child-birth-certificate', required: true, when: [ground], sources: [row30, ...extra] },
    // « justificatifs établissant que vous contribuez effectivement à l'entretien et à l'éducation de l'enfant ».
    { type: 'child-contribution-proof', required: true, when: [ground], sources: [row30, sources.l4237, ...extra] },
    // « justificatifs prouvant que l'enfant réside en France … certificat de scolarité ou de crèche ».
    { type: 'child-residence-proof', required: true, when: [ground], sources: [row30, ...extra] },
    {
      type: 'other-parent-contribution-proof',
      required: true,
      when: [ground, { field: 'filiationByRecognition', in: ['yes'] }],
      missingConsequence: 'other-parent-contribution',
      sources: [row30, sources.l4238, ...extra],
    },
  ];
}

// ---- Liens personnels et familiaux (L. 423-23) -------------------------------------------------

export function tiesDocuments(ground: Condition, extra: LegalSource[] = []): DocumentRequirement[] {
  return [
    {
      // § 3.1 « maintien des liens matrimoniaux … extrait d'acte de mariage, copie du PACS … »: asked
      // of married or pacsed people only — the row does not say so, it is our reading.
      type: 'marital-ties-proof',
      required: true,
      when: [ground, { field: 'maritalStatus', in: ['married', 'pacs'] }],
      sources: [unconfirmed(at(sources.annexe10Row37, '§ 3.1'), 'demandé ici aux seules personnes mariées ou pacsées (lecture)'), ...extra],
    },
    { type: 'family-ties-proof', required: true, when: [ground], sources: [at(sources.annexe10Row37, '§ 3.2'), sources.l42323, ...extra] },
    { type: 'living-conditions-proof', required: true, when: [ground], sources: [at(sources.annexe10Row37, '§ 3.3'), ...extra] },
    { type: 'integration-proof', required: true, when: [ground], sources: [at(sources.annexe10Row37, '§ 3.4'), sources.r4235, ...extra] },
  ];
}

/** Sources of the three grounds' § 3, for a field choosing among them. */
export const vpfRenewalSources: LegalSource[] = [row29, row30, row37];
