import type { Procedure } from '@/domain/procedureSchema';
import { addressStep } from './shared/addressStep';
import { renewalCommonDocuments } from './shared/commonDocuments';
import { familyStep } from './shared/familyStep';
import { parentDocuments, parentFields, spouseDocuments, spouseFields, tiesDocuments, vpfRenewalSources } from './shared/familyGrounds';
import { identityStep, passportOutlastsCardRule } from './shared/identityStep';
import { photoStep } from './shared/photoStep';
import { renewalDeadlineSources, sources, unconfirmed } from './shared/sources';

/**
 * Renewal of a carte de séjour temporaire « vie privée et familiale » (PROCEDURES.md §6):
 * conjoint de Français (L. 423-1, annexe 10 row 29), parent d'enfant français (L. 423-7, row 30),
 * liens personnels et familiaux (L. 423-23, row 37). The common block is the same in the three rows
 * (§ 1); the « justificatif d'état civil » is not asked of a card holder, the OFII certificate only
 * for a first title. One-year card: no L. 433-3 grace.
 */
const rows = [sources.annexe10Row29, sources.annexe10Row30, sources.annexe10Row37];
const spouse = { field: 'vpfGround', in: ['spouse-of-french'] };
const parent = { field: 'vpfGround', in: ['parent-of-french-child'] };
const ties = { field: 'vpfGround', in: ['personal-ties'] };

export const renewalCstVpf: Procedure = {
  id: 'renewal-cst-vpf',
  version: '2026-11-26',
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
    identityStep(rows),
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
          options: ['spouse-of-french', 'parent-of-french-child', 'personal-ties'],
          sources: [sources.l4231, sources.l4237, sources.l42323, ...vpfRenewalSources],
        },
        ...spouseFields(spouse),
        ...parentFields(parent),
      ],
    },
    photoStep({ ePhotoSources: rows, feeSources: [sources.l4361, sources.l4368, ...rows] }),
    {
      id: 'documents',
      kind: 'documents',
      documents: [
        ...renewalCommonDocuments(rows),
        ...spouseDocuments(spouse),
        ...parentDocuments(parent),
        ...tiesDocuments(ties),
      ],
    },
  ],
  rules: [passportOutlastsCardRule(rows)],
  deadline: {
    rule: 'renewal-120-60',
    expiryField: 'permitExpiry',
    grace: 'never',
    sources: [
      ...renewalDeadlineSources,
      unconfirmed(sources.anefScope, 'conjoint et parent de Français sur l’ANEF depuis le 5 avril 2023 selon des sources secondaires ; L. 423-23 inconnu'),
    ],
  },
};
