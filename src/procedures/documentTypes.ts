/**
 * Every document type the catalogue may ask for. A procedure names a type; its label, why and
 * accepted text live in `documents.<type>` of the wizard locales (tested). Adding a document is
 * adding its id here and its three texts in each language.
 */
export const documentTypes = [
  // Common block (annexe 10 « dans tous les cas », docs/procedures.md §3).
  'current-permit',
  'passport',
  // « ou, à défaut, autres justificatifs » (annexe 10): protected and stateless people, and others.
  'travel-document',
  'other-identity-proof',
  'proof-of-address',
  'host-statement',
  'host-id',
  'host-proof-of-address',
  'hotel-statement',
  'hotel-bill',
  // No stable home (docs/reviews/legal-2026-12.md row 15).
  'domiciliation-certificate',
  'structure-attestation',
  'non-polygamy-statement',
  'republic-contract',
  'birth-certificate',
  // Work (« salarié », talent).
  'work-authorisation',
  'activity-record',
  'private-employer-attestation',
  'france-travail-employer-attestation',
  'france-travail-situation-notice',
  'employment-contract',
  'payslips',
  'employer-attestation',
  'master-diploma',
  'hosting-agreement',
  // Family (« vie privée et familiale »).
  'marriage-certificate',
  'spouse-french-nationality-proof',
  'joint-life-statement',
  'shared-life-proofs',
  'violence-proof',
  'spouse-polygamy-proof',
  'spouse-death-certificate',
  'child-birth-certificate',
  'child-contribution-proof',
  'child-residence-proof',
  'other-parent-contribution-proof',
  'marital-ties-proof',
  'family-ties-proof',
  'living-conditions-proof',
  'integration-proof',
  // Studies.
  'enrolment-certificate',
  'transcripts',
  'last-diploma',
  'french-grant-proof',
  'home-grant-certificate',
  'third-party-id',
  'third-party-support-proof',
  'bank-balance-certificate',
  'other-resources-proof',
  // Pluriannual card.
  'habitual-residence-proof',
  'card-ground-documents',
  // Carte de résident.
  'absence-statement-cr',
  'absence-statement-ld-ue',
  // Duplicate, and a renewal without the card.
  'loss-statement',
  'theft-report',
  'damaged-card',
  'lost-card-copy',
] as const;

export type DocumentType = (typeof documentTypes)[number];

export function isDocumentType(type: string): type is DocumentType {
  return (documentTypes as readonly string[]).includes(type);
}
