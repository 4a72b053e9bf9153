import type { Procedure } from '@/domain/procedureSchema';
import { addressStep } from './shared/addressStep';
import { renewalCommonDocuments } from './shared/commonDocuments';
import { familyStep } from './shared/familyStep';
import { identityStep, passportOutlastsCardRule } from './shared/identityStep';
import { photoStep } from './shared/photoStep';
import { fourMonthsSilence, renewalFees } from './shared/renewalTerms';
import { renewalDeadlineSources, sources } from './shared/sources';

/**
 * Renewal of a carte de résident (10 years), with or without the « résident de longue durée-UE »
 * mention (CESEDA L. 433-2, L. 411-5; annexe 10 row 64; docs/procedures.md §10). Unlike the VPF rows,
 * row 64 asks for the birth certificate of every applicant. L. 433-3: the expired card proves lawful
 * stay 3 months while the renewal is pending. Long-term EU residents have no R. 431-5 window and no
 * late fee (R. 431-5, R. 431-8 do not apply). Refugees (L. 424-1) renew here too, with their travel
 * document and OFPRA's acts instead of a passport and a birth certificate (L. 121-9).
 */
const row = [sources.annexe10Row64];
const cardType = (value: string) => [{ field: 'residentCardType', in: [value] }];

export const renewalCarteResident: Procedure = {
  id: 'renewal-carte-resident',
  version: '2026-12-08',
  legalBasis: [sources.l4332, sources.l4115, sources.l4333, sources.r4333, sources.annexe10Row64],
  steps: [
    identityStep(row, { renewal: true }),
    addressStep(row),
    familyStep(row),
    {
      id: 'situation',
      kind: 'fields',
      fields: [
        {
          id: 'residentCardType',
          kind: 'choice',
          required: true,
          options: ['standard', 'ld-ue'],
          sources: [...row, sources.l4115],
        },
      ],
    },
    photoStep({ ePhotoSources: row, feeSources: [sources.l4361, sources.l4367, ...row] }),
    {
      id: 'documents',
      kind: 'documents',
      documents: [
        ...renewalCommonDocuments(row),
        // « justificatif d'état civil : une copie intégrale d'acte de naissance comportant les mentions
        // les plus récentes » — for a refugee or stateless person, OFPRA's acts (L. 121-9).
        { type: 'birth-certificate', required: true, sources: [...row, sources.l1219] },
        // « n'avoir pas séjourné plus de trois années consécutives hors de France au cours des dix dernières années ».
        { type: 'absence-statement-cr', required: true, when: cardType('standard'), sources: [...row, sources.l4115] },
        // « … plus de trois années consécutives hors de l'Union européenne ou six ans hors de France …, ou
        // n'avoir pas acquis le statut de résident longue durée-UE dans un autre Etat membre ».
        { type: 'absence-statement-ld-ue', required: true, when: cardType('ld-ue'), sources: [...row, sources.l4115] },
      ],
    },
  ],
  rules: [passportOutlastsCardRule(row)],
  deadline: {
    rule: 'renewal',
    expiryField: 'permitExpiry',
    grace: 'always',
    longTermEuWhen: cardType('ld-ue'),
    sources: [...renewalDeadlineSources, sources.r4333, sources.r4318],
  },
  filing: { channel: 'online', sources: [sources.anefResidentCards] },
  fees: renewalFees('renewal', row),
  decision: fourMonthsSilence,
};
