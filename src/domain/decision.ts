import { addCalendarMonths, dayNumber, isoFromDayNumber } from './calendarDate';
import type { DecisionSpec } from './procedureSchema';

/**
 * The day silence becomes a refusal: four months after the request (CESEDA R. 432-2), 90 days for
 * a student (R. 422-5). From then on the time to appeal runs, so follow-up says the date instead of
 * showing « en cours » for ever. `filedOn`: the Paris calendar day of the receipt.
 */
export function implicitRefusalOn(spec: DecisionSpec, filedOn: string): string | null {
  const after = spec.implicitRefusalAfter;
  if ('months' in after) return addCalendarMonths(filedOn, after.months);
  const day = dayNumber(filedOn);
  return day === null ? null : isoFromDayNumber(day + after.days);
}

/** Days before its end when an attestation de prolongation d'instruction deserves an alert. */
export const ATTESTATION_ALERT_DAYS = 15;

/**
 * Does the newest attestation end within 15 days (or has it ended) with no decision yet? The
 * prefect must renew it « aussi longtemps que le préfet n'a pas statué » (R. 431-15-1): the DDD's
 * core complaint is that it often is not, and the person loses their job meanwhile.
 */
export function attestationEnding(validUntil: readonly string[], today: string): { endsOn: string; ended: boolean } | null {
  const last = [...validUntil].sort().at(-1);
  const end = last === undefined ? null : dayNumber(last.slice(0, 10));
  const now = dayNumber(today);
  if (end === null || now === null || last === undefined) return null;
  if (end - now > ATTESTATION_ALERT_DAYS) return null;
  return { endsOn: last.slice(0, 10), ended: now > end };
}
