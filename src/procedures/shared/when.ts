import type { Condition, When } from '@/domain/procedureSchema';

/**
 * `{ when }` for a non-empty list of conditions, `{}` otherwise (the schema wants at least one
 * condition). Lets a block of fields or documents be reused under an extra condition (the CSP
 * reuses the « salarié » and VPF blocks under its `cardGround`).
 */
export function whenAll(...conditions: Condition[]): { when?: When } {
  return conditions.length > 0 ? { when: conditions } : {};
}
