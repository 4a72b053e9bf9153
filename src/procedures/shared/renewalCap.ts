import type { AdviceRule, FieldDefinition } from '@/domain/procedureSchema';
import { sources } from './sources';

/**
 * CESEDA L. 433-1-1: « il ne peut être procédé à plus de trois renouvellements consécutifs d'une
 * carte de séjour temporaire portant une mention identique », except for people exempt from the
 * integration contract (L. 413-5: students, talents…). Asked of the temporary cards it binds
 * (« salarié », « vie privée et familiale »), and said — never blocked: the count is the person's
 * own and the prefecture has the file. At the third, the way on is a carte pluriannuelle
 * (L. 433-4), which since 1 January 2026 asks for French at A2 and the civic exam (décret
 * 2025-647, secondary sources).
 */
const capSources = [sources.l43311, sources.l4135, sources.l4334, sources.d2025647];

export const consecutiveRenewalsField: FieldDefinition = {
  id: 'consecutiveRenewals',
  kind: 'choice',
  required: true,
  options: ['none', 'one', 'two', 'three-or-more'],
  sources: [sources.l43311, sources.l4135],
};

export const renewalCapAdvice: AdviceRule[] = [
  { code: 'third-renewal-in-a-row', when: [{ field: 'consecutiveRenewals', in: ['two'] }], sources: capSources },
  { code: 'renewal-cap-reached', when: [{ field: 'consecutiveRenewals', in: ['three-or-more'] }], sources: capSources },
];
