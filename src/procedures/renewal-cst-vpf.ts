import type { Procedure } from '@/domain/procedureSchema';
import { addressStep } from './shared/addressStep';
import { cerExemptions, renewalCommonDocuments } from './shared/commonDocuments';
import { familyStep } from './shared/familyStep';
import { parentDocuments, parentFields, spouseDocuments, spouseFields, tiesDocuments, vpfRenewalSources } from './shared/familyGrounds';
import { identityStep, passportOutlastsCardRule } from './shared/identityStep';
import { photoStep } from './shared/photoStep';
import { consecutiveRenewalsField, renewalCapAdvice } from './shared/renewalCap';
import { fourMonthsSilence, renewalFees, victimsExempt } from './shared/renewalTerms';
import { renewalDeadlineSources, sources, unconfirmed } from './shared/sources';

/**
 * Renewal of a carte de séjour temporaire « vie privée et familiale » (docs/procedures.md §6):
 * conjoint de Français (L. 423-1, annexe 10 row 29), parent d'enfant français (L. 423-7, row 30),
 * liens personnels et familiaux (L. 423-23, row 37). The common block is the same in the three rows
 * (§ 1); the « justificatif d'état civil » is not asked of a card holder, the OFII certificate only
 * for a first title. One-year card: no L. 433-3 grace. Other VPF grounds (L. 423-21/22, L. 425-1,
 * L. 425-9…) are not modelled piece by piece: « another ground » asks for that card's own pieces
 * rather than a wrong list (docs/reviews/legal-2026-12.md row 17). Tunisians family of French nationals need no
 * republic contract (SP-F38329).
 */
const rows = [sources.annexe10Row29, sources.annexe10Row30, sources.annexe10Row37];
const spouse = { field: 'vpfGround', in: ['spouse-of-french'] };
const parent = { field: 'vpfGround', in: ['parent-of-french-child'] };
const ties = { field: 'vpfGround', in: ['personal-ties'] };
const familyOfFrench = { field: 'vpfGround', in: ['spouse-of-french', 'parent-of-french-child'] };

export const renewalCstVpf: Procedure = {
  id: 'renewal-cst-vpf',
  version: '2026-12-08',
  legalBasis: [
    sources.l4231,
    sources.l4235,
    sources.l4237,
    sources.l4238,
    sources.l42323,
    sources.r4235,
    sources.l4331,
    sources.l43311,
    ...rows,
  ],
  steps: [
    identityStep(rows, { renewal: true }),
    addressStep(rows),
    familyStep(rows),
    {
      id: 'situation',
      kind: 'fields',
      fields: [
        {
          id: 'vpfGround',
          kind: 'choice',
          required: true,
          options: ['spouse-of-french', 'parent-of-french-child', 'personal-ties', 'other'],
          sources: [sources.l4231, sources.l4237, sources.l42323, ...vpfRenewalSources],
        },
        ...spouseFields(spouse),
        ...parentFields(parent),
        consecutiveRenewalsField,
      ],
    },
    photoStep({ ePhotoSources: rows, feeSources: [sources.l4361, sources.l4368, ...rows] }),
    {
      id: 'documents',
      kind: 'documents',
      documents: [
        ...renewalCommonDocuments(rows, cerExemptions.tunisian([familyOfFrench])),
        ...spouseDocuments(spouse),
        ...parentDocuments(parent),
        ...tiesDocuments(ties),
        // Other grounds: the pieces of the card's own annexe 10 row, not modelled one by one.
        { type: 'card-ground-documents', required: true, when: [{ field: 'vpfGround', in: ['other'] }], sources: [sources.l4331, sources.d2025539] },
      ],
    },
  ],
  rules: [passportOutlastsCardRule(rows)],
  advice: renewalCapAdvice,
  deadline: {
    rule: 'renewal',
    expiryField: 'permitExpiry',
    grace: 'never',
    sources: renewalDeadlineSources,
  },
  filing: {
    channel: 'online',
    sources: [unconfirmed(sources.anefFamilyOfFrench, 'liens personnels et familiaux (L. 423-23) : canal non établi')],
  },
  fees: renewalFees('renewal', rows, victimsExempt('spouseLifeTogether', ['ended-violence', 'ended-spouse-polygamy'])),
  decision: fourMonthsSilence,
};
