/**
 * Filing-deadline engine for residence-permit renewals (docs/anef.md "Deadlines", docs/procedures.md §2).
 *
 * Everything is counted in whole Paris calendar days on ISO dates: R. 431-5 speaks of days and
 * months before the expiry printed on the card, not of instants, so a device in another time zone or
 * a daylight-saving change must never move a deadline. `now` is injected (src/domain is pure).
 */
import { addCalendarMonths, dayNumber, isoFromDayNumber, todayInParis } from './calendarDate';

export type DeadlineRule =
  /** CESEDA R. 431-5 1°: titles on the téléservice list — file between the 120th and the 60th day before expiry. */
  | { kind: 'renewal-120-60' }
  /** R. 431-5: other titles — "dans le courant des deux mois précédant l'expiration". */
  | { kind: 'renewal-two-months' }
  /** Address change / duplicate: when the card expires within 3 months, the person must renew instead (UNCONFIRMED, refugies.info / a prefecture list). */
  | { kind: 'renew-instead-within-3-months' };

export type DeadlineInput = {
  rule: DeadlineRule;
  /** ISO date printed on the current card (last day of validity). */
  expiry: string;
  now: Date;
  /** L. 433-3: the expired card keeps proving lawful stay 3 months after expiry (4-year CSP, carte de résident, >1-year title under an international agreement). Decided by the caller from the procedure/answers. */
  graceApplies: boolean;
  /**
   * Holder of a carte de résident « résident de longue durée-UE »: neither the R. 431-5 1° window nor
   * R. 431-8 applies to it (docs/reviews/legal-2026-12.md row 20) — no window and no late fee to compute.
   */
  longTermEuResident?: boolean | undefined;
};

export type DeadlineVerdict =
  | { kind: 'invalid-date' }
  | { kind: 'special-case'; reason: 'long-term-eu' }
  | { kind: 'too-early'; opensOn: string; closesOn: string; expiresOn: string }
  /** daysLeft: whole days from today to closesOn (0 = the window closes today, filing today is on time). */
  | { kind: 'in-window'; closesOn: string; daysLeft: number; expiresOn: string }
  /** After the window, card still valid (today ≤ expiry): the L. 436-5 late fee may be asked. */
  | { kind: 'late'; expiresOn: string }
  | {
      kind: 'expired';
      expiredOn: string;
      daysSinceExpiry: number;
      graceUntil: string | null;
      firstRequestRulesFrom: string;
    }
  /** For 'renew-instead-within-3-months' when expiry − today ≤ 3 calendar months (or already expired). */
  | { kind: 'renew-instead'; expiresOn: string }
  /** For 'renew-instead-within-3-months' otherwise. */
  | { kind: 'not-concerned' };

/** R. 431-5 1°: the window opens on the 120th day before expiry… */
const WINDOW_OPENS_DAYS_BEFORE = 120;
/** …and closes on the 60th day before expiry (both days included). */
const WINDOW_CLOSES_DAYS_BEFORE = 60;
/** L. 433-3: the expired card proves lawful stay for 3 months after expiry. */
const GRACE_MONTHS = 3;
/** R. 431-8: no request within 6 months after expiry → visa conditions of a first entry apply. */
const FIRST_REQUEST_AFTER_MONTHS = 6;
/** The last days of the window, when waiting for a missing piece risks the deadline itself. */
export const LAST_DAYS_OF_WINDOW = 15;

/**
 * Should a person with gaps in their dossier be told that filing on time beats filing complete but
 * late? Yes in the last 15 days of the window, and once late or expired: since décret 2025-539 the
 * administration must ask for missing pieces (R. 431-11), whereas a late request costs the 180 €
 * fee (L. 436-5) and the attestation de prolongation d'instruction (R. 431-15-1).
 */
export function onTimeBeatsComplete(verdict: DeadlineVerdict): boolean {
  if (verdict.kind === 'in-window') return verdict.daysLeft <= LAST_DAYS_OF_WINDOW;
  return verdict.kind === 'late' || verdict.kind === 'expired';
}

export function filingDeadline(input: DeadlineInput): DeadlineVerdict {
  const { rule, expiry, now, graceApplies, longTermEuResident } = input;
  const expiryDay = dayNumber(expiry);
  // An invalid `now` would make Intl throw: treat it like an unusable date rather than crash.
  if (expiryDay === null || Number.isNaN(now.getTime())) return { kind: 'invalid-date' };

  // The R. 431-5 2°/3° deadlines at 18 concern FIRST requests (a separate procedure), not renewals.
  if (longTermEuResident === true) return { kind: 'special-case', reason: 'long-term-eu' };

  const todayIso = todayInParis(now);
  const today = dayNumber(todayIso);
  if (today === null) return { kind: 'invalid-date' };

  if (rule.kind === 'renew-instead-within-3-months') {
    // Address change / duplicate of a card about to expire (or already expired): file a renewal instead.
    const limitIso = addCalendarMonths(todayIso, 3);
    const limit = limitIso === null ? null : dayNumber(limitIso);
    if (today > expiryDay || (limit !== null && expiryDay <= limit)) {
      return { kind: 'renew-instead', expiresOn: expiry };
    }
    return { kind: 'not-concerned' };
  }

  if (today > expiryDay) {
    // L. 436-5: the late fee applies; R. 431-15-1: no attestation de prolongation d'instruction
    // (owed only for a request filed within the R. 431-5 deadlines). L. 433-3: grace of 3 months for
    // the listed titles only. R. 431-8: 6 months after expiry, first-entry visa conditions apply.
    return {
      kind: 'expired',
      expiredOn: expiry,
      daysSinceExpiry: today - expiryDay,
      graceUntil: graceApplies ? addCalendarMonths(expiry, GRACE_MONTHS) : null,
      firstRequestRulesFrom: addCalendarMonths(expiry, FIRST_REQUEST_AFTER_MONTHS) ?? expiry,
    };
  }

  let opensDay: number;
  let closesDay: number;
  if (rule.kind === 'renewal-120-60') {
    // R. 431-5 1° counts days, not months (docs/anef.md: 31 Dec 2025 → 2 Sep to 1 Nov 2025).
    opensDay = expiryDay - WINDOW_OPENS_DAYS_BEFORE;
    closesDay = expiryDay - WINDOW_CLOSES_DAYS_BEFORE;
  } else {
    // R. 431-5: « dans le courant des deux mois précédant l'expiration » — from expiry − 2 calendar
    // months (clamped, see addCalendarMonths) up to and including the expiry day, while the card is
    // still valid.
    const opensIso = addCalendarMonths(expiry, -2);
    opensDay = (opensIso === null ? null : dayNumber(opensIso)) ?? expiryDay;
    closesDay = expiryDay;
  }

  if (today < opensDay) {
    return {
      kind: 'too-early',
      opensOn: isoFromDayNumber(opensDay),
      closesOn: isoFromDayNumber(closesDay),
      expiresOn: expiry,
    };
  }
  if (today <= closesDay) {
    return { kind: 'in-window', closesOn: isoFromDayNumber(closesDay), daysLeft: closesDay - today, expiresOn: expiry };
  }
  // After the window but the card is still valid (the expiry day included): L. 436-5 fee.
  return { kind: 'late', expiresOn: expiry };
}
