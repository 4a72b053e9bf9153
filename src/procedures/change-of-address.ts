import type { Procedure } from '@/domain/procedureSchema';
import { addressStep } from './shared/addressStep';
import { addressDocuments, currentPermit, identityDocuments, republicContractNotRequired, threeMonths } from './shared/commonDocuments';
import { identityStep } from './shared/identityStep';
import { photoStep } from './shared/photoStep';
import { sources, unconfirmed } from './shared/sources';

/**
 * Déclaration de changement d'adresse on ANEF (CESEDA R. 431-23: holders of a title of more than
 * one year, within three months of moving; docs/procedures.md §11). No annexe 10 row: the list is
 * service-public F35807. The declaration is free; a new card is optional and then needs the e-photo
 * and the stamp. Hotel / hosted proofs are borrowed from annexe 10 (flagged). A card expiring within
 * three months is renewed instead (refugies.info). No passport-versus-card rule: no new period of
 * validity starts here. Who may use it (a card of more than one year) is said in the description;
 * the schema has no eligibility rule.
 */
const fiche = [sources.spF35807];
const housingVariants = [unconfirmed(sources.annexe10Row1, 'cas de l’hôtel et de l’hébergement repris de l’annexe 10 ; F35807 ne les détaille pas')];
const newCard = { field: 'newCardRequested', in: ['yes'] };

export const changeOfAddress: Procedure = {
  id: 'change-of-address',
  version: '2026-12-08',
  legalBasis: [sources.r43123, sources.l4367, sources.spF35807, sources.refInfo],
  steps: [
    identityStep(fiche),
    addressStep([...fiche, sources.refInfo, ...housingVariants]),
    photoStep({
      before: [
        {
          // « La fabrication d'une nouvelle carte de séjour n'est pas obligatoire ».
          id: 'newCardRequested',
          kind: 'choice',
          required: true,
          options: ['yes', 'no'],
          sources: [sources.spF35807, sources.refInfo],
        },
      ],
      ePhotoSources: [unconfirmed(sources.spF35807, 'e-photo listée sans condition ; demandée seulement pour une nouvelle carte (lecture)')],
      when: [newCard],
      whenSources: [sources.spF35807, sources.refInfo],
      feeSources: [sources.spF35807, sources.l4367],
    }),
    {
      id: 'documents',
      kind: 'documents',
      documents: [
        // « Titre de séjour » ; « Passeport (pages sur l'état civil, les dates de validité et les cachets d'entrée) ».
        currentPermit(fiche),
        ...identityDocuments(fiche),
        // « Justificatif de domicile datant de moins de 3 mois » (refugies.info: 6 months).
        ...addressDocuments([...fiche, sources.refInfo], threeMonths(fiche), housingVariants),
        republicContractNotRequired,
      ],
    },
  ],
  deadline: {
    rule: 'renew-instead-within-3-months',
    expiryField: 'permitExpiry',
    grace: 'never',
    sources: [sources.refInfo, sources.r43123],
  },
  filing: { channel: 'online', sources: [sources.spF35807] },
  // The declaration is free; a new card costs the stamp duty (L. 436-7 « changement »).
  fees: { tax: 'none', stamp: true, when: [newCard], sources: [sources.spF35807, sources.l4367, sources.annexe10FeeAtCollection] },
};
