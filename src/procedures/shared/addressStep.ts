import type { FieldsStep, LegalSource } from '@/domain/procedureSchema';
import { sources } from './sources';

/**
 * Where the person lives, and how: the proofs of address asked depend on it (annexe 10, « en cas
 * d'hébergement à l'hôtel … chez un particulier … »). `housingSources` cites the list that makes
 * the distinction for this procedure. People without a home of their own are common at the PAN
 * (docs/reviews/legal-2026-12.md row 15): a domiciliation address (CCAS, approved association), emergency shelter
 * (115 / SIAO, hotel included) or a structure (CHRS, CADA, foyer, résidence sociale), each with the
 * proof it can give.
 */
export function addressStep(housingSources: LegalSource[]): FieldsStep {
  return {
    id: 'address',
    kind: 'fields',
    fields: [
      { id: 'street', kind: 'text', required: true, autocomplete: 'street-address' },
      { id: 'postcode', kind: 'postcode', required: true, autocomplete: 'postal-code' },
      { id: 'city', kind: 'text', required: true, autocomplete: 'address-level2' },
      {
        id: 'housing',
        kind: 'choice',
        required: true,
        options: ['own-home', 'hosted', 'hotel', 'domiciliation', 'shelter', 'housing-structure'],
        sources: [...housingSources, sources.casfL2641, sources.shelterProof],
      },
      {
        // « … et justificatif de son domicile si l'adresse de sa carte nationale d'identité ou de
        // sa carte de séjour n'est plus à jour »: the host's own proof only when needed.
        id: 'hostIdAddressUpToDate',
        kind: 'choice',
        required: true,
        options: ['yes', 'no'],
        when: [{ field: 'housing', in: ['hosted'] }],
        sources: housingSources,
      },
    ],
  };
}
