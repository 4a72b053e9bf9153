import type { Procedure } from '@/domain/procedureSchema';
import { addressStep } from './shared/addressStep';
import { renewalCommonDocuments } from './shared/commonDocuments';
import { employmentDocuments, employmentFields } from './shared/employment';
import { familyStep } from './shared/familyStep';
import { identityStep, passportOutlastsCardRule } from './shared/identityStep';
import { photoStep } from './shared/photoStep';
import { at, renewalDeadlineSources, sources, unconfirmed } from './shared/sources';

/**
 * Renewal of a carte de séjour temporaire « salarié » (CESEDA L. 421-1; annexe 10 row 1 § 1 and
 * § 4; PROCEDURES.md §5). The OFII medical certificate is not asked (first title only — an
 * inference, R. 431-18), nor the pieces of the first card after a VLS-TS (§ 2) or of a change of
 * status (§ 3). One-year card: no L. 433-3 grace.
 */
const row = [at(sources.annexe10Row1, '§ 1')];

export const renewalCstSalarie: Procedure = {
  id: 'renewal-cst-salarie',
  version: '2026-11-26',
  legalBasis: [sources.l4211, sources.r4212, sources.l4331, sources.l43311, sources.annexe10Row1],
  steps: [
    identityStep(row),
    addressStep(row),
    familyStep(row),
    { id: 'situation', kind: 'fields', fields: employmentFields() },
    photoStep({ ePhotoSources: row, feeSources: [sources.l4361, ...row] }),
    {
      id: 'documents',
      kind: 'documents',
      documents: [...renewalCommonDocuments(row), ...employmentDocuments()],
    },
  ],
  rules: [passportOutlastsCardRule(row)],
  deadline: {
    rule: 'renewal-120-60',
    expiryField: 'permitExpiry',
    grace: 'never',
    sources: [
      ...renewalDeadlineSources,
      unconfirmed(sources.anefScope, 'renouvellement « salarié » sur l’ANEF non établi (exclu à Saint-Martin en 2024) : délai de 120 à 60 jours ou de deux mois'),
    ],
  },
};
