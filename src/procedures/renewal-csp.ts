import type { Condition, Procedure } from '@/domain/procedureSchema';
import { addressStep } from './shared/addressStep';
import { cerExemptions, renewalCommonDocuments } from './shared/commonDocuments';
import { employmentAdvice, employmentDocuments, employmentFields } from './shared/employment';
import { familyStep } from './shared/familyStep';
import { parentDocuments, parentFields, spouseDocuments, spouseFields, tiesDocuments } from './shared/familyGrounds';
import { identityStep, passportOutlastsCardRule } from './shared/identityStep';
import { photoStep } from './shared/photoStep';
import { cardDurationField, fourMonthsSilence, fourYearCard, renewalFees, unknownNationally, victimsExempt } from './shared/renewalTerms';
import { at, renewalDeadlineSources, sources, unconfirmed } from './shared/sources';

/**
 * Renewal of a carte de séjour pluriannuelle (general case; docs/procedures.md §8). The pieces are
 * those of the temporary card of the same ground (R. 433-4, R. 433-2; annexe 10 row 1 § 5 « pièces
 * prévues aux points 1, 2 ou 4 », rows 29/30/37 § 4 « pièces prévues aux points 1 et 3 »), plus the
 * proof of « résidence habituelle » (L. 433-1, L. 433-3-1) whose documents no text lists. The
 * « acte d'engagement » of annexe 10 is asked for a first CSP only, not for its renewal. Grace
 * (L. 433-3): 4-year cards only; VPF grounds give 2-year cards (L. 411-4).
 */
const cspRule = [sources.r4334, sources.r4332];
const rows = [
  ...cspRule,
  at(sources.annexe10Row1, '§ 5'),
  at(sources.annexe10Row29, '§ 4'),
  at(sources.annexe10Row30, '§ 4'),
  at(sources.annexe10Row37, '§ 4'),
];
const ground = (...values: string[]): Condition => ({ field: 'cardGround', in: values });
const salarie = ground('salarie');
const named = ground('salarie', 'vpf-spouse', 'vpf-parent', 'vpf-ties');

export const renewalCsp: Procedure = {
  id: 'renewal-csp',
  version: '2026-12-08',
  legalBasis: [sources.l4334, sources.l4335, sources.l4111, sources.r4332, sources.r4334, sources.l4331, sources.l43331, sources.l4333],
  steps: [
    identityStep(rows, { renewal: true }),
    addressStep(rows),
    familyStep(rows),
    {
      id: 'situation',
      kind: 'fields',
      fields: [
        {
          id: 'cardGround',
          kind: 'choice',
          required: true,
          options: ['salarie', 'vpf-spouse', 'vpf-parent', 'vpf-ties', 'other'],
          sources: [...rows, sources.l4334],
        },
        cardDurationField,
        ...employmentFields([salarie], cspRule),
        ...spouseFields(ground('vpf-spouse'), cspRule),
        ...parentFields(ground('vpf-parent'), cspRule),
      ],
    },
    photoStep({ ePhotoSources: rows, feeSources: [sources.l4361, sources.l4368] }),
    {
      id: 'documents',
      kind: 'documents',
      documents: [
        ...renewalCommonDocuments(
          rows,
          cerExemptions.moroccan([salarie]),
          cerExemptions.tunisian([ground('salarie', 'vpf-spouse', 'vpf-parent')]),
        ),
        {
          // « résidence habituelle » (≥ 6 months per calendar year): the requirement is in the law,
          // the documents that prove it are not listed anywhere read.
          type: 'habitual-residence-proof',
          required: true,
          when: [named],
          sources: [sources.l4331, sources.l43331, unconfirmed(sources.l43331, 'aucune liste de pièces pour prouver la résidence habituelle')],
        },
        ...employmentDocuments([salarie], cspRule),
        ...spouseDocuments(ground('vpf-spouse'), cspRule),
        ...parentDocuments(ground('vpf-parent'), cspRule),
        ...tiesDocuments(ground('vpf-ties'), cspRule),
        // Other grounds: the pieces of the card's own annexe 10 row (R. 433-4), not modelled one by one.
        { type: 'card-ground-documents', required: true, when: [ground('other')], sources: [...cspRule, sources.l4331] },
      ],
    },
  ],
  rules: [passportOutlastsCardRule(rows)],
  advice: employmentAdvice([salarie]),
  deadline: {
    rule: 'renewal',
    expiryField: 'permitExpiry',
    grace: fourYearCard,
    sources: [...renewalDeadlineSources, sources.l4111],
  },
  filing: {
    channel: 'unknown',
    sources: [...unknownNationally('cartes pluriannuelles « salarié » et autres motifs : canal non établi'), sources.anefFamilyOfFrench],
  },
  fees: renewalFees('renewal', rows, victimsExempt('spouseLifeTogether', ['ended-violence', 'ended-spouse-polygamy'])),
  decision: fourMonthsSilence,
};
