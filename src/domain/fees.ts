import type { Answers } from '@/contract';
import { dayNumber } from './calendarDate';
import { applicableAnswers, conditionHolds } from './conditions';
import type { Exemption, LegalSource, Procedure } from './procedureSchema';

/**
 * What a request costs, from dated rates (CESEDA L. 436-1 to L. 436-8). Amounts change by finance
 * law (the LFI 2026 raised the stamp duty from 1 May 2026, say secondary sources): each rate has the
 * day it applies from and its sources, and the rate of a day is the latest one already in force.
 * A change of rate is a new line in the table, never an edit of code.
 */
export const feeItems = ['tax-renewal', 'tax-renewal-reduced', 'stamp', 'late-renewal'] as const;
export type FeeItem = (typeof feeItems)[number];

export type FeeRate = { item: FeeItem; euros: number; validFrom: string; sources: LegalSource[] };

/** One amount to pay, with the rate's date and whether its source is confirmed. */
export type FeeLine = FeeRate & { unconfirmed: boolean };

export type FeeEstimate =
  /** Nothing to pay in this case (a change of address without a new card). */
  | { kind: 'free' }
  /** Exempt (victims of domestic violence, L. 436-8): nothing to pay, and why. */
  | { kind: 'exempt'; exemption: Exemption }
  | { kind: 'due'; lines: FeeLine[]; total: number; unconfirmed: boolean };

/** The rate of `item` in force on `today` (ISO date), or undefined before the first one. */
export function rateOn(rates: readonly FeeRate[], item: FeeItem, today: string): FeeLine | undefined {
  const day = dayNumber(today) ?? Number.POSITIVE_INFINITY;
  let best: FeeRate | undefined;
  for (const rate of rates) {
    if (rate.item !== item || (dayNumber(rate.validFrom) ?? 0) > day) continue;
    if (!best || rate.validFrom > best.validFrom) best = rate;
  }
  return best ? { ...best, unconfirmed: best.sources.some((s) => s.unconfirmed === true) } : undefined;
}

/**
 * The fees of a procedure for these answers on `today`, or null when the catalogue says nothing
 * of its cost. `lateFee`: add the L. 436-5 droit de visa de régularisation (the caller knows the
 * deadline: `lateFeeOwed`). Only answers that still apply count: a hidden answer grants no exemption.
 */
export function feesFor(procedure: Procedure, answers: Answers, today: string, rates: readonly FeeRate[], lateFee = false): FeeEstimate | null {
  const spec = procedure.fees;
  if (!spec) return null;
  const live = applicableAnswers(procedure, answers);
  if (!conditionHolds(spec.when, live)) return { kind: 'free' };
  const exemption = (spec.exemptions ?? []).find((e) => conditionHolds(e.when, live));
  if (exemption) return { kind: 'exempt', exemption };
  const items: FeeItem[] = [];
  if (spec.tax === 'renewal') items.push('tax-renewal');
  if (spec.tax === 'renewal-reduced') items.push('tax-renewal-reduced');
  if (spec.stamp) items.push('stamp');
  if (lateFee) items.push('late-renewal');
  const lines = items.map((item) => rateOn(rates, item, today)).filter((line) => line !== undefined);
  if (lines.length === 0) return { kind: 'free' };
  return {
    kind: 'due',
    lines,
    total: lines.reduce((sum, line) => sum + line.euros, 0),
    unconfirmed: lines.some((line) => line.unconfirmed),
  };
}
