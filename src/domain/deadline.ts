/**
 * Filing-deadline engine for residence-permit renewals (ANEF.md "Deadlines", PROCEDURES.md §2).
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
  /** Optional; a person younger than 19 on the expiry date is a special case (young people turning 18/19 follow other rules): flag, do not compute. */
  birthDate?: string | undefined;
  /** Holder of a carte de résident « résident de longue durée-UE »: special case, flagged. */
  longTermEuResident?: boolean | undefined;
};

export type DeadlineVerdict =
  | { kind: 'invalid-date' }
  | { kind: 'special-case'; reason: 'young-person' | 'long-term-eu' }
  | { kind: 'too-early'; opensOn: string; closesOn: string; expiresOn: string }
  /** daysLeft: whole days from today to closesOn (0 = the window closes today, filing today is on time). */
  | { kind: 'in-window'; closesOn: string; daysLeft: number; expiresOn: string }
  /** After the window, card still valid (today ≤ expiry). */
  | { kind: 'late'; expiresOn: string; lateFeeEuros: number }
  | {
      kind: 'expired';
      expiredOn: string;
      daysSinceExpiry: number;
      graceUntil: string | null;
      lateFeeEuros: number;
      firstRequestRulesFrom: string;
    }
  /** For 'renew-instead-within-3-months' when expiry − today ≤ 3 calendar months (or already expired). */
  | { kind: 'renew-instead'; expiresOn: string }
  /** For 'renew-instead-within-3-months' otherwise. */
  | { kind: 'not-concerned' };

/**
 * CESEDA L. 436-5: a renewal requested after the R. 431-5 deadline owes the « droit de visa de
 * régularisation » of 180 €, except « cas de force majeure ou présentation d'un visa en cours de
 * validité » — those exceptions depend on facts we do not compute; the UI states them.
 */
export const LATE_RENEWAL_FEE_EUROS = 180;

/** R. 431-5 1°: the window opens on the 120th day before expiry… */
const WINDOW_OPENS_DAYS_BEFORE = 120;
/** …and closes on the 60th day before expiry (both days included). */
const WINDOW_CLOSES_DAYS_BEFORE = 60;
/** L. 433-3: the expired card proves lawful stay for 3 months after expiry. */
const GRACE_MONTHS = 3;
/** R. 431-8: no request within 6 months after expiry → visa conditions of a first entry apply. */
const FIRST_REQUEST_AFTER_MONTHS = 6;
/** Young people turning 18/19 follow other rules (ANEF.md "Deadlines"): flagged under this age. */
const YOUNG_PERSON_AGE = 19;

const MS_PER_DAY = 86_400_000;

type Ymd = { year: number; month: number; day: number };

function ymd(iso: string): Ymd | null {
  const n = dayNumber(iso);
  if (n === null) return null;
  const date = new Date(n * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/**
 * Under 19 on the expiry date? Compared as (year, month, day) tuples, so someone born on 29 February
 * turns 19 on 1 March of a common year: the conservative side — when in doubt we flag the special case
 * rather than compute a deadline that may not apply.
 */
function isYoungerThan(birthIso: string, onIso: string, age: number): boolean {
  const birth = ymd(birthIso);
  const on = ymd(onIso);
  if (birth === null || on === null) return false;
  const turnsAt = (birth.year + age) * 10_000 + birth.month * 100 + birth.day;
  const current = on.year * 10_000 + on.month * 100 + on.day;
  // Equal: the 19th birthday itself, 19 already.
  return current < turnsAt;
}

export function filingDeadline(input: DeadlineInput): DeadlineVerdict {
  const { rule, expiry, now, graceApplies, birthDate, longTermEuResident } = input;
  const expiryDay = dayNumber(expiry);
  // An invalid `now` would make Intl throw: treat it like an unusable date rather than crash.
  if (expiryDay === null || Number.isNaN(now.getTime())) return { kind: 'invalid-date' };

  // ANEF.md "Deadlines": young people turning 18/19 and LTR-UE holders (L. 411-5, L. 426-17) follow
  // other rules — flag them, never compute a deadline for them.
  if (birthDate !== undefined && isYoungerThan(birthDate, expiry, YOUNG_PERSON_AGE)) {
    return { kind: 'special-case', reason: 'young-person' };
  }
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
      lateFeeEuros: LATE_RENEWAL_FEE_EUROS,
      firstRequestRulesFrom: addCalendarMonths(expiry, FIRST_REQUEST_AFTER_MONTHS) ?? expiry,
    };
  }

  let opensDay: number;
  let closesDay: number;
  if (rule.kind === 'renewal-120-60') {
    // R. 431-5 1° counts days, not months (ANEF.md: 31 Dec 2025 → 2 Sep to 1 Nov 2025).
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
  return { kind: 'late', expiresOn: expiry, lateFeeEuros: LATE_RENEWAL_FEE_EUROS };
}
