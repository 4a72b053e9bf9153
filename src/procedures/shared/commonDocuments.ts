import type { DocumentRequirement, LegalSource } from '@/domain/procedureSchema';
import { sources, unconfirmed } from './sources';

/**
 * The « pièces à fournir dans tous les cas » of annexe 10 (PROCEDURES.md §3), as building blocks.
 * `list` always cites the list the procedure follows (its annexe 10 row, or the service-public
 * fiche for the ANEF declarations), so every requirement names where it comes from.
 */

/** « titre de séjour en cours de validité » (row 64: « carte de résident en cours de validité »). */
export function currentPermit(list: LegalSource[]): DocumentRequirement {
  return { type: 'current-permit', required: true, sources: list };
}

/** « justificatif de nationalité : passeport (pages relatives à l'état civil, aux dates de validité …) ». */
export function passport(list: LegalSource[], required = true): DocumentRequirement {
  return { type: 'passport', required, sources: list };
}

export type ProofOfAddressAge = {
  months: number;
  /** Where the age limit comes from (« datant de moins de six mois », « de moins de 3 mois »). */
  sources: LegalSource[];
};

/**
 * Proof of address, by housing (annexe 10 §1): one's own bill or rent receipt, dated; « en cas
 * d'hébergement à l'hôtel : attestation de l'hôtelier et facture du dernier mois » ; « en cas
 * d'hébergement chez un particulier : attestation de l'hébergeant datée et signée, copie de sa carte
 * nationale d'identité ou de sa carte de séjour, et justificatif de son domicile si l'adresse de sa
 * carte … n'est plus à jour ». `variants` cites the hotel / hosted cases for this procedure.
 */
export function addressDocuments(list: LegalSource[], age: ProofOfAddressAge, variants: LegalSource[] = list): DocumentRequirement[] {
  const hosted = { field: 'housing', in: ['hosted'] };
  return [
    {
      type: 'proof-of-address',
      required: true,
      when: [{ field: 'housing', in: ['own-home'] }],
      issuedWithin: { field: 'proofOfAddressDate', months: age.months, sources: age.sources },
      sources: list,
    },
    { type: 'host-statement', required: true, when: [hosted], sources: variants },
    { type: 'host-id', required: true, when: [hosted], sources: variants },
    {
      type: 'host-proof-of-address',
      required: true,
      when: [hosted, { field: 'hostIdAddressUpToDate', in: ['no'] }],
      sources: variants,
    },
    { type: 'hotel-statement', required: true, when: [{ field: 'housing', in: ['hotel'] }], sources: variants },
    { type: 'hotel-bill', required: true, when: [{ field: 'housing', in: ['hotel'] }], sources: variants },
  ];
}

/** Annexe 10 wording: « justificatif de domicile datant de moins de six mois ». */
export function sixMonths(list: LegalSource[]): ProofOfAddressAge {
  return { months: 6, sources: list };
}

/**
 * Change of address and duplicate: service-public says « de moins de 3 mois », refugies.info says
 * 6 months and annexe 10 uses 6 months for titles (PROCEDURES.md §11, §13 point 4). Default to the
 * strictest, flagged; change `months` here once ANEF's rule is known.
 */
export function threeMonths(fiches: LegalSource[]): ProofOfAddressAge {
  return {
    months: 3,
    sources: fiches.map((s) => unconfirmed(s, '« de moins de 3 mois » ici, 6 mois selon refugies.info et l’annexe 10')),
  };
}

/** « si vous êtes marié et originaire d'un pays autorisant la polygamie : déclaration sur l'honneur de non polygamie en France ». */
export function nonPolygamyStatement(list: LegalSource[]): DocumentRequirement {
  return {
    type: 'non-polygamy-statement',
    required: true,
    when: [
      { field: 'maritalStatus', in: ['married'] },
      { field: 'polygamyAllowed', in: ['yes', 'unknown'] },
    ],
    sources: list,
  };
}

/**
 * « Il signe et présente un nouveau contrat à l'appui de chaque demande de renouvellement »
 * (R. 412-1), in force since 17 July 2024. Exemptions by nationality (SP-F38329) cannot be decided
 * from a free-text nationality: the label's `why` names them.
 */
export const republicContract: DocumentRequirement = {
  type: 'republic-contract',
  required: true,
  sources: [sources.r4121, sources.l4127, sources.d2024811, sources.intCer, sources.spF38329],
};

/**
 * Not asked for the ANEF declarations (change of address, duplicate): R. 412-1 covers first
 * issuance and renewal only — an inference, so kept as an optional slot and flagged.
 */
export const republicContractNotRequired: DocumentRequirement = {
  type: 'republic-contract',
  required: false,
  sources: [unconfirmed(sources.r4121, 'non exigé pour cette démarche : R. 412-1 vise la première délivrance et le renouvellement (inférence)')],
};

/** The whole common block of a renewal filed under an annexe 10 row. */
export function renewalCommonDocuments(row: LegalSource[]): DocumentRequirement[] {
  return [
    currentPermit(row),
    passport(row),
    ...addressDocuments(row, sixMonths(row)),
    nonPolygamyStatement(row),
    republicContract,
  ];
}
