import type { FieldsStep, LegalSource } from '@/domain/procedureSchema';

/**
 * Family situation. `polygamyAllowed` decides the « déclaration sur l'honneur de non polygamie en
 * France » (« si vous êtes marié et originaire d'un pays autorisant la polygamie »): "unknown" asks
 * for the statement too — signing it costs nothing, missing it can block the file.
 */
export function familyStep(polygamySources: LegalSource[]): FieldsStep {
  return {
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
      {
        id: 'polygamyAllowed',
        kind: 'choice',
        required: true,
        options: ['yes', 'no', 'unknown'],
        when: [{ field: 'maritalStatus', in: ['married'] }],
        sources: polygamySources,
      },
    ],
  };
}
