import type { Procedure } from '@/domain/procedureSchema';
import { sources } from './sources';

/**
 * Renewal of a carte de séjour temporaire « vie privée et familiale » (CESEDA L. 423-1, L. 423-7,
 * L. 423-23). The documents common to all three grounds (annexe 10, rows 29, 30 and 37, §1):
 * the current card, the passport and a proof of address under six months. Ground-specific
 * documents (marriage, child, ties) come with the full catalogue (issue 3).
 */
export const renewalCstVpf: Procedure = {
  id: 'renewal-cst-vpf',
  version: '2026-11-26',
  legalBasis: [sources.l4231, sources.l4237, sources.l42323, sources.r4315],
  steps: [
    {
      id: 'identity',
      kind: 'fields',
      fields: [
        { id: 'lastName', kind: 'name', required: true, autocomplete: 'family-name' },
        { id: 'firstNames', kind: 'name', required: true, autocomplete: 'given-name' },
        { id: 'birthDate', kind: 'date-past', required: true, autocomplete: 'bday' },
        { id: 'nationality', kind: 'text', required: true, autocomplete: 'country-name' },
        {
          id: 'foreignerNumber',
          kind: 'foreigner-number',
          required: true,
          autocomplete: 'off',
          sources: [sources.foreignerNumber],
        },
        { id: 'permitExpiry', kind: 'date-expiry', required: true, autocomplete: 'off', sources: [sources.r4315] },
      ],
    },
    {
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
          options: ['own-home', 'hosted', 'hotel'],
          sources: [sources.annexe10Row29],
        },
      ],
    },
    {
      id: 'family',
      kind: 'fields',
      fields: [
        {
          id: 'maritalStatus',
          kind: 'choice',
          required: true,
          options: ['single', 'married', 'pacs', 'cohabiting', 'divorced', 'widowed'],
        },
        { id: 'childrenCount', kind: 'count', required: true },
      ],
    },
    {
      id: 'documents',
      kind: 'documents',
      documents: [
        { type: 'passport', required: true, sources: [sources.annexe10Row29, sources.annexe10Row30, sources.annexe10Row37] },
        { type: 'current-permit', required: true, sources: [sources.annexe10Row29, sources.annexe10Row30, sources.annexe10Row37] },
        { type: 'proof-of-address', required: true, sources: [sources.annexe10Row29, sources.annexe10Row30, sources.annexe10Row37] },
      ],
    },
  ],
};
