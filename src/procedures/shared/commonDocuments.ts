import type { Condition, DocumentRequirement, Exemption, LegalSource } from '@/domain/procedureSchema';
import { sources, unconfirmed } from './sources';

/**
 * The « pièces à fournir dans tous les cas » of annexe 10 (docs/procedures.md §3), as building blocks.
 * `list` always cites the list the procedure follows (its annexe 10 row, or the service-public
 * fiche for the ANEF declarations), so every requirement names where it comes from.
 */

/** « titre de séjour en cours de validité » (row 64: « carte de résident en cours de validité »). */
export function currentPermit(list: LegalSource[]): DocumentRequirement {
  return { type: 'current-permit', required: true, sources: list };
}

/**
 * A renewal's current card, or what replaces it when it was lost or stolen: the loss statement or
 * the police's « récépissé de dépôt de plainte » (SP-F21032, F22312). A lost card does not stop a
 * renewal (docs/reviews/legal-2026-12.md row 11).
 */
export function currentPermitOrReport(list: LegalSource[]): DocumentRequirement[] {
  const held = (value: string): Condition[] => [{ field: 'currentCardHeld', in: [value] }];
  return [
    // Until the person says it was lost or stolen, the card itself (and drafts from before the question keep it).
    { type: 'current-permit', required: true, when: [{ field: 'currentCardHeld', in: ['yes'], orUnanswered: true }], sources: list },
    { type: 'loss-statement', required: true, when: held('lost'), sources: [sources.spF21032] },
    { type: 'theft-report', required: true, when: held('stolen'), sources: [sources.spF22312] },
  ];
}

/**
 * « justificatif de nationalité : passeport (pages relatives à l'état civil, aux dates de validité …)
 * ou, à défaut, autres justificatifs dont au moins un revêtu d'une photographie » — whichever the
 * person has (identityStep's `identityDocument`). A travel document (titre de voyage, titre
 * d'identité et de voyage) or OFPRA's certificates serve refugees, protected and stateless people.
 */
export function identityDocuments(list: LegalSource[], required = true): DocumentRequirement[] {
  const kind = (value: string): Condition[] => [{ field: 'identityDocument', in: [value] }];
  return [
    // Until another document is chosen, the passport: the usual case, and what drafts made before
    // this question (with their passport attached) keep.
    { type: 'passport', required, when: [{ field: 'identityDocument', in: ['passport'], orUnanswered: true }], sources: list },
    { type: 'travel-document', required, when: kind('travel-document'), sources: [sources.annexe10Passport, sources.l1219] },
    { type: 'other-identity-proof', required, when: kind('other-proof'), sources: [sources.annexe10Passport] },
  ];
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
  const housing = (...values: string[]): Condition[] => [{ field: 'housing', in: values }];
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
    { type: 'hotel-statement', required: true, when: housing('hotel'), sources: variants },
    { type: 'hotel-bill', required: true, when: housing('hotel'), sources: variants },
    // Without a stable home (docs/reviews/legal-2026-12.md row 15): the CCAS's or an approved association's
    // « attestation d'élection de domicile », or the structure's attestation (CHRS, CADA, foyer,
    // résidence sociale, a 115 hotel — which sends no bill).
    { type: 'domiciliation-certificate', required: true, when: housing('domiciliation'), sources: [sources.casfL2641, ...variants] },
    { type: 'structure-attestation', required: true, when: housing('shelter', 'housing-structure'), sources: [sources.shelterProof] },
  ];
}

/** Annexe 10 wording: « justificatif de domicile datant de moins de six mois ». */
export function sixMonths(list: LegalSource[]): ProofOfAddressAge {
  return { months: 6, sources: list };
}

/**
 * Change of address and duplicate: service-public says « de moins de 3 mois », refugies.info says
 * 6 months and annexe 10 uses 6 months for titles (docs/procedures.md §11, §13 point 4). Default to the
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
 * Nationals exempt from the republic contract by agreement (SP-F38329, as of July 2024): Algerians
 * for every title; Moroccans for « salarié »; Tunisians for « salarié » and family of French
 * nationals. `nationalityIn` builds the condition on the nationality chosen from the list.
 */
const nationalityIn = (...codes: string[]): Condition => ({ field: 'nationality', in: codes });
export const cerExemptions = {
  algerian: { when: [nationalityIn('DZ')], sources: [sources.spF38329] },
  moroccan: (ground: Condition[] = []): Exemption => ({ when: [nationalityIn('MA'), ...ground], sources: [sources.spF38329] }),
  tunisian: (ground: Condition[] = []): Exemption => ({ when: [nationalityIn('TN'), ...ground], sources: [sources.spF38329] }),
} satisfies Record<string, Exemption | ((ground?: Condition[]) => Exemption)>;

/**
 * « Il signe et présente un nouveau contrat à l'appui de chaque demande de renouvellement »
 * (R. 412-1), in force since 17 July 2024 — except for the nationals exempt by agreement, for whom
 * it stays an optional slot (docs/reviews/legal-2026-12.md row 16). `more`: the exemptions of this title.
 */
export function republicContract(...more: Exemption[]): DocumentRequirement {
  return {
    type: 'republic-contract',
    required: true,
    exemptions: [cerExemptions.algerian, ...more],
    sources: [sources.r4121, sources.l4127, sources.d2024811, sources.intCer, sources.spF38329],
  };
}

/**
 * Not asked for the ANEF declarations (change of address, duplicate): R. 412-1 covers first
 * issuance and renewal only — an inference, so kept as an optional slot and flagged.
 */
export const republicContractNotRequired: DocumentRequirement = {
  type: 'republic-contract',
  required: false,
  sources: [unconfirmed(sources.r4121, 'non exigé pour cette démarche : R. 412-1 vise la première délivrance et le renouvellement (inférence)')],
};

/** The whole common block of a renewal filed under an annexe 10 row; `cer`: its CER exemptions. */
export function renewalCommonDocuments(row: LegalSource[], ...cer: Exemption[]): DocumentRequirement[] {
  return [
    ...currentPermitOrReport(row),
    ...identityDocuments(row),
    ...addressDocuments(row, sixMonths(row)),
    nonPolygamyStatement(row),
    republicContract(...cer),
  ];
}
