import { z } from 'zod/mini';
import { dayNumber, todayInParis } from './calendarDate';
import { isCountryCode } from './countries';

/**
 * The kinds of field a procedure may use, and the rule each one enforces. A procedure file
 * only names a kind; the rule lives here once, so eight procedures share one definition.
 * Error messages are codes (`errors.<code>` in the locales), never text.
 */
export const fieldKinds = [
  'name',
  'text',
  'date-past',
  'date-expiry',
  'foreigner-number',
  'postcode',
  'choice',
  'count',
  'e-photo-code',
  'tax-stamp',
  /** A nationality, chosen from a list and sent as a code (src/domain/countries.ts). */
  'country',
] as const;
export type FieldKind = (typeof fieldKinds)[number];

/**
 * Codes that say "what was typed is not a value of this kind" (a 30 February, a postcode of four
 * digits): fixing or clearing it takes a second and needs no paper, so such a value holds filing
 * back — unless the format itself is unconfirmed (src/domain/completeness.ts).
 */
export const typedValueCodes = [
  'too-long',
  'name-format',
  'name-latin',
  'text-format',
  'date-invalid',
  'date-not-past',
  'foreigner-number-format',
  'postcode-format',
  'choice-invalid',
  'count-invalid',
  'e-photo-format',
  'tax-stamp-format',
  'country-invalid',
] as const;

/** Every code a field rule can give; each has a message in every locale (tested). */
export const fieldErrorCodes = [
  'required',
  ...typedValueCodes,
  // A real date, but an unlikely one (a card expired six years ago, an old passport): said, not held.
  'date-implausible',
  // Rules across answers and documents (completeness), not of one field alone.
  'document-too-old',
  'passport-expires-before-card',
] as const;
export type FieldErrorCode = (typeof fieldErrorCodes)[number];

export type FieldRuleOptions = {
  required: boolean;
  options?: readonly string[] | undefined;
  /** Injected so that rules judged against "today" are testable. */
  now?: (() => Date) | undefined;
};

/**
 * Latin letters (accents included), with the spaces, hyphens and apostrophes of compound names:
 * the administration records names as the passport's Latin line writes them, so a name typed in
 * Arabic or another script gets its own message (`name-latin`) rather than being sent as typed.
 */
const NAME = /^[\p{Script=Latin}][\p{Script=Latin}\p{M}' .-]*$/u;
/** Letters of a script other than Latin: the person typed their name in their own alphabet. */
const OTHER_SCRIPT = /(?=\p{L})\P{Script=Latin}/u;

/**
 * Numéro étranger (AGDREF): 10 digits on recent cards, 9 on older ones; docs/anef.md says to
 * accept both. Spaces are allowed while typing and removed by `normalizeAnswer`.
 */
const FOREIGNER_NUMBER = /^\d{9,10}$/;

/**
 * E-photo code from an ANTS-approved booth or photographer: 22 characters reported, 21 by one
 * source (docs/anef.md, unconfirmed) — so both lengths pass, letters and digits only once the
 * spaces and hyphens people copy are removed.
 */
const E_PHOTO_CODE = /^[A-Z0-9]{21,22}$/;

/** Timbre fiscal électronique: a 16-digit number (CESEDA R. 436-3; service-public F33071). */
const TAX_STAMP = /^\d{16}$/;

/** French postcodes, overseas departments (97x) included. */
const POSTCODE = /^\d{5}$/;

const MAX_TEXT = 200;
/** A residence card is issued for at most 10 years (carte de résident): anything further is a typo. */
const MAX_EXPIRY_YEARS_AHEAD = 10;
/** An expiry older than this is surely a typo of the year; R. 431-8 treats 6 months late as a first request anyway. */
const MAX_EXPIRY_YEARS_BEHIND = 5;

function textRule(pattern: RegExp | null, formatCode: FieldErrorCode) {
  return z.string().check(
    z.maxLength(MAX_TEXT, { error: 'too-long' }),
    z.refine((value) => pattern === null || value === '' || pattern.test(value), { error: formatCode }),
  );
}

function dateRule(kind: 'date-past' | 'date-expiry', now: () => Date) {
  return z.string().check(
    z.refine((value) => value === '' || dayNumber(value) !== null, { error: 'date-invalid' }),
    z.refine(
      (value) => {
        const day = dayNumber(value);
        if (value === '' || day === null) return true;
        const today = dayNumber(todayInParis(now())) ?? 0;
        if (kind === 'date-past') return day < today;
        return day <= today + MAX_EXPIRY_YEARS_AHEAD * 366 && day >= today - MAX_EXPIRY_YEARS_BEHIND * 366;
      },
      { error: kind === 'date-past' ? 'date-not-past' : 'date-implausible' },
    ),
  );
}

function baseRule(kind: FieldKind, options: FieldRuleOptions) {
  const now = options.now ?? (() => new Date());
  switch (kind) {
    case 'name':
      return z.string().check(
        z.maxLength(MAX_TEXT, { error: 'too-long' }),
        z.refine((value) => !OTHER_SCRIPT.test(value), { error: 'name-latin' }),
        z.refine((value) => value === '' || OTHER_SCRIPT.test(value) || NAME.test(value), { error: 'name-format' }),
      );
    case 'text':
      return textRule(null, 'text-format');
    case 'date-past':
    case 'date-expiry':
      return dateRule(kind, now);
    case 'foreigner-number':
      return textRule(FOREIGNER_NUMBER, 'foreigner-number-format');
    case 'postcode':
      return textRule(POSTCODE, 'postcode-format');
    case 'choice': {
      const allowed = options.options ?? [];
      return z.string().check(z.refine((v) => v === '' || allowed.includes(v), { error: 'choice-invalid' }));
    }
    case 'count':
      return z.string().check(z.refine((v) => v === '' || /^(?:[0-9]|1[0-9]|20)$/.test(v), { error: 'count-invalid' }));
    case 'e-photo-code':
      return textRule(E_PHOTO_CODE, 'e-photo-format');
    case 'tax-stamp':
      return textRule(TAX_STAMP, 'tax-stamp-format');
    case 'country':
      return z.string().check(z.refine((v) => v === '' || isCountryCode(v), { error: 'country-invalid' }));
  }
}

/**
 * The zod rule of one field. Values are the form's strings; empty means "not answered". What
 * people type is normalised first ("12 34 56 78 90" is a valid numéro étranger), so the form,
 * the completeness check and the filed body all judge the same value.
 */
export function fieldRule(kind: FieldKind, options: FieldRuleOptions) {
  const normalized = z.string().check(z.overwrite((value) => normalizeAnswer(kind, value)));
  const base = baseRule(kind, options);
  const rule = options.required ? base.check(z.refine((v) => v !== '', { error: 'required' })) : base;
  return z.pipe(normalized, rule);
}

/** What is stored and sent: trimmed, with the spaces people type inside numbers removed. */
export function normalizeAnswer(kind: FieldKind, value: string): string {
  const trimmed = value.trim().replace(/\s+/g, ' ');
  // Phones type the typographic apostrophe (N’Diaye): the same letter as ' in a name.
  if (kind === 'name') return trimmed.replace(/[\u2019\u2018\u02BC]/g, "'");
  if (kind === 'foreigner-number' || kind === 'postcode' || kind === 'count' || kind === 'tax-stamp') {
    return trimmed.replace(/\s/g, '');
  }
  if (kind === 'e-photo-code') return trimmed.replace(/[\s-]/g, '').toUpperCase();
  return trimmed;
}
