import type { Condition, Procedure } from '@/domain/procedureSchema';
import { addressStep } from './shared/addressStep';
import { renewalCommonDocuments } from './shared/commonDocuments';
import { familyStep } from './shared/familyStep';
import { identityStep, passportOutlastsCardRule } from './shared/identityStep';
import { photoStep } from './shared/photoStep';
import { cardDurationField, fourMonthsSilence, fourYearCard, renewalFees } from './shared/renewalTerms';
import { at, renewalDeadlineSources, sources, unconfirmed } from './shared/sources';

/**
 * Renewal of a carte « passeport talent » / « talent » (CESEDA L. 421-9 salarié qualifié, L. 421-14
 * chercheur; annexe 10 rows 4 and 8; docs/procedures.md §9). No habitual-residence proof (L. 433-1
 * al. 2), CIR-exempt (L. 413-5). Talent cards are pluriannual cards of up to 4 years (L. 421-9,
 * L. 411-4), so a 4-year holder has the L. 433-3 grace (docs/reviews/legal-2026-12.md row 6): the length is asked.
 * Décret 2025-539 reshaped the talent cards (carte bleue européenne, porteur de projet, profession
 * médicale…): those are « another mention », with that card's own pieces, not a wrong list (row 17).
 */
const row4 = at(sources.annexe10Row4, '§ 3');
const row8 = sources.annexe10Row8;
const row8Renewal = unconfirmed(row8, 'le titre « pièces à fournir au renouvellement » manque dans le texte lu');
const common = [at(sources.annexe10Row4, '§ 1'), at(sources.annexe10Row8, '§ 1')];
const type = (value: string): Condition => ({ field: 'talentType', in: [value] });
const lostJob = (value: string): Condition => ({ field: 'lostJobInvoluntarily', in: [value] });

export const renewalTalent: Procedure = {
  id: 'renewal-talent',
  version: '2026-12-08',
  legalBasis: [sources.l4219, sources.l42114, sources.l4331, sources.l4135, sources.l4111, sources.annexe10Row4, sources.annexe10Row8],
  steps: [
    identityStep(common, { renewal: true }),
    addressStep(common),
    familyStep(common),
    {
      id: 'situation',
      kind: 'fields',
      fields: [
        {
          id: 'talentType',
          kind: 'choice',
          required: true,
          options: ['salarie-qualifie', 'chercheur', 'other'],
          sources: [sources.l4219, sources.l42114, row4, row8, sources.d2025539],
        },
        cardDurationField,
        {
          // « en cas de perte involontaire d'emploi » (rows 4 § 3 and 8; L. 421-9, L. 421-14).
          id: 'lostJobInvoluntarily',
          kind: 'choice',
          required: true,
          options: ['yes', 'no'],
          sources: [row4, row8, sources.l4219, sources.l42114],
        },
      ],
    },
    photoStep({ ePhotoSources: common, feeSources: [sources.l4361, ...common] }),
    {
      id: 'documents',
      kind: 'documents',
      documents: [
        ...renewalCommonDocuments(common),
        // Row 4 § 3: « attestation employeur ».
        { type: 'employer-attestation', required: true, when: [type('salarie-qualifie'), lostJob('no')], sources: [row4] },
        // Row 8: « diplôme au moins équivalent au grade de master » ; « convention d'accueil ».
        { type: 'master-diploma', required: true, when: [type('chercheur')], sources: [row8Renewal, sources.l42114] },
        { type: 'hosting-agreement', required: true, when: [type('chercheur'), lostJob('no')], sources: [row8Renewal, sources.l42114] },
        // Both rows: « attestation du précédent (premier) employeur destinée à l'opérateur France
        // Travail (Pôle Emploi) justifiant la rupture du contrat de travail » + « avis de situation individuelle ».
        { type: 'france-travail-employer-attestation', required: true, when: [lostJob('yes')], sources: [row4, row8] },
        { type: 'france-travail-situation-notice', required: true, when: [lostJob('yes')], sources: [row4, row8] },
        { type: 'card-ground-documents', required: true, when: [type('other')], sources: [sources.l4331, sources.d2025539] },
      ],
    },
  ],
  rules: [passportOutlastsCardRule(common)],
  deadline: {
    rule: 'renewal',
    expiryField: 'permitExpiry',
    grace: fourYearCard,
    sources: [...renewalDeadlineSources, sources.l4219, sources.l4111],
  },
  filing: { channel: 'online', sources: [sources.anefStudentsTalents] },
  fees: renewalFees('renewal', common),
  decision: fourMonthsSilence,
};
