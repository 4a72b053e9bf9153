import type { DecisionSpec, FeeSpec, FieldDefinition, LegalSource } from '@/domain/procedureSchema';
import { sources, unconfirmed } from './sources';

/**
 * What every renewal shares besides its documents: what it costs, when silence becomes a refusal,
 * and the card's length where the L. 433-3 grace depends on it.
 */

/** L. 436-1 and L. 436-7, paid at collection (annexe 10); L. 436-8 exempts victims, listed per title. */
export function renewalFees(tax: FeeSpec['tax'], list: LegalSource[], exemptions?: FeeSpec['exemptions']): FeeSpec {
  return {
    tax,
    stamp: true,
    ...(exemptions ? { exemptions } : {}),
    sources: [sources.l4361, sources.l4367, sources.annexe10FeeAtCollection, ...list],
  };
}

/** L. 436-8: no tax and no stamp for the victims of L. 423-5 (violence, polygamy of the spouse). */
export const victimsExempt = (field: string, values: string[]) => [
  { when: [{ field, in: values }], sources: [sources.l4368, sources.l4235] },
];

/** R. 432-2: silence for four months is a refusal, and the time to appeal starts. */
export const fourMonthsSilence: DecisionSpec = { implicitRefusalAfter: { months: 4 }, sources: [sources.r4322] };

/**
 * L. 433-3: the expired card proves lawful stay for three months while a renewal is pending, for
 * 4-year cards (L. 411-4: 4 years by default, 2 for L. 423-1, L. 423-7, L. 423-23; talent cards last
 * up to 4 years, L. 421-9) — so the card's length is asked where it varies.
 */
export const cardDurationField: FieldDefinition = {
  id: 'cardDurationYears',
  kind: 'choice',
  required: true,
  options: ['two-years', 'four-years', 'other-duration'],
  sources: [sources.l4333, sources.l4111],
};

export const fourYearCard = [{ field: 'cardDurationYears', in: ['four-years'] }];

/** Which titles are renewed on ANEF is known from secondary reports of the arrêtés of annexe 9. */
export const unknownNationally = (why: string): LegalSource[] => [sources.salarieOnPaper, unconfirmed(sources.anefScope, why)];
