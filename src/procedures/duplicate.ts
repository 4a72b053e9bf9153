import type { Procedure } from '@/domain/procedureSchema';
import { addressStep } from './shared/addressStep';
import { addressDocuments, identityDocuments, republicContractNotRequired, threeMonths } from './shared/commonDocuments';
import { identityStep } from './shared/identityStep';
import { photoStep } from './shared/photoStep';
import { sources, unconfirmed } from './shared/sources';

/**
 * Duplicata of a lost, stolen or damaged card, on ANEF (CESEDA L. 436-2, L. 436-7, L. 436-8;
 * service-public F21032 loss, F22312 theft; docs/procedures.md §12). No annexe 10 row. The duplicate
 * « porte les mêmes dates de validité »: no passport-versus-card rule. Damaged card: no source lists
 * its pieces (flagged). Loss or theft abroad (police + consulate + « visa de retour » first) is not
 * modelled. A card expiring within three months is renewed instead (one prefecture list, flagged):
 * the renewals accept a loss statement or a police report in place of the card, so that advice is
 * never a dead end (docs/reviews/legal-2026-12.md row 11). The tax is the renewal's for the same ground (L. 436-2);
 * the 2026 finance law may have made it the first issuance's, and students pay the reduced one.
 */
const fiches = [sources.spF21032, sources.spF22312];
const housingVariants = [unconfirmed(sources.annexe10Row1, 'cas de l’hôtel et de l’hébergement repris de l’annexe 10 ; les fiches ne les détaillent pas')];
const reason = (...values: string[]) => [{ field: 'duplicateReason', in: values }];

export const duplicate: Procedure = {
  id: 'duplicate',
  version: '2026-12-08',
  legalBasis: [sources.l4362, sources.l4367, sources.l4368, sources.spF21032, sources.spF22312],
  steps: [
    identityStep(fiches),
    addressStep([...fiches, ...housingVariants]),
    {
      id: 'situation',
      kind: 'fields',
      fields: [
        {
          id: 'duplicateReason',
          kind: 'choice',
          required: true,
          options: ['lost', 'stolen', 'damaged'],
          sources: [...fiches, unconfirmed(sources.spF21032, 'carte abîmée : aucune source sur les pièces')],
        },
      ],
    },
    photoStep({ ePhotoSources: fiches, feeSources: [sources.l4362, sources.l4367, sources.l4368, sources.spF21032] }),
    {
      id: 'documents',
      kind: 'documents',
      documents: [
        // « Passeport (pages sur l'état civil, les dates de validité et les cachets d'entrée) ».
        ...identityDocuments(fiches),
        // « Justificatif de domicile datant de moins de 3 mois ».
        ...addressDocuments(fiches, threeMonths(fiches), housingVariants),
        // « Déclaration sur l'honneur de la perte de votre titre de séjour ».
        { type: 'loss-statement', required: true, when: reason('lost'), sources: [sources.spF21032] },
        // « Récépissé de dépôt de plainte pour vol de votre carte de séjour ».
        { type: 'theft-report', required: true, when: reason('stolen'), sources: [sources.spF22312] },
        // No list found; probably the same flow, handing back the damaged card.
        {
          type: 'damaged-card',
          required: true,
          when: reason('damaged'),
          sources: [unconfirmed(sources.spF21032, 'carte abîmée : aucune liste de pièces trouvée ; la carte abîmée est demandée par prudence')],
        },
        // « Photocopie du titre de séjour perdu / volé (si vous en avez conservé une) ».
        { type: 'lost-card-copy', required: false, when: reason('lost', 'stolen'), sources: fiches },
        republicContractNotRequired,
      ],
    },
  ],
  deadline: {
    rule: 'renew-instead-within-3-months',
    expiryField: 'permitExpiry',
    grace: 'never',
    sources: [sources.duplicateRenewInstead, sources.spF21032],
  },
  filing: { channel: 'online', sources: [sources.spF21032] },
  fees: {
    tax: 'renewal',
    stamp: true,
    sources: [
      unconfirmed(sources.l4362, 'taxe du renouvellement pour le même motif (réduite pour un étudiant) ; la loi de finances 2026 l’aurait alignée sur la première délivrance'),
      sources.l4367,
      sources.spF21032,
    ],
  },
};
