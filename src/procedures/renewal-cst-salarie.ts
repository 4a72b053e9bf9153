import type { Procedure } from '@/domain/procedureSchema';
import { addressStep } from './shared/addressStep';
import { cerExemptions, renewalCommonDocuments } from './shared/commonDocuments';
import { employmentAdvice, employmentDocuments, employmentFields } from './shared/employment';
import { familyStep } from './shared/familyStep';
import { identityStep, passportOutlastsCardRule } from './shared/identityStep';
import { photoStep } from './shared/photoStep';
import { consecutiveRenewalsField, renewalCapAdvice } from './shared/renewalCap';
import { fourMonthsSilence, renewalFees, unknownNationally } from './shared/renewalTerms';
import { at, renewalDeadlineSources, sources } from './shared/sources';

/**
 * Renewal of a carte de séjour temporaire « salarié » (CESEDA L. 421-1; annexe 10 row 1 § 1 and
 * § 4; docs/procedures.md §5). The OFII medical certificate is not asked (first title only — an
 * inference, R. 431-18), nor the pieces of the first card after a VLS-TS (§ 2) or of a change of
 * status (§ 3). One-year card: no L. 433-3 grace. Whether it is renewed online is not known
 * nationally (still at the counter in Bas-Rhin in 2023, Saint-Martin in 2024): the deployment says
 * so for its département, otherwise both windows are explained (docs/reviews/legal-2026-12.md row 3). Moroccan and
 * Tunisian « salariés » need no republic contract (SP-F38329).
 */
const row = [at(sources.annexe10Row1, '§ 1')];

export const renewalCstSalarie: Procedure = {
  id: 'renewal-cst-salarie',
  version: '2026-12-08',
  legalBasis: [sources.l4211, sources.r4212, sources.l4331, sources.l43311, sources.annexe10Row1],
  steps: [
    identityStep(row, { renewal: true }),
    addressStep(row),
    familyStep(row),
    { id: 'situation', kind: 'fields', fields: [...employmentFields(), consecutiveRenewalsField] },
    photoStep({ ePhotoSources: row, feeSources: [sources.l4361, ...row] }),
    {
      id: 'documents',
      kind: 'documents',
      documents: [...renewalCommonDocuments(row, cerExemptions.moroccan(), cerExemptions.tunisian()), ...employmentDocuments()],
    },
  ],
  rules: [passportOutlastsCardRule(row)],
  advice: [...employmentAdvice(), ...renewalCapAdvice],
  deadline: {
    rule: 'renewal',
    expiryField: 'permitExpiry',
    grace: 'never',
    sources: renewalDeadlineSources,
  },
  filing: {
    channel: 'unknown',
    sources: unknownNationally('renouvellement « salarié » sur l’ANEF non établi au niveau national'),
  },
  fees: renewalFees('renewal', row),
  decision: fourMonthsSilence,
};
