import { z } from 'zod/mini';
import { canonicalJson } from '@/contract';
import { addParisCalendar } from './parisTime';
import { receiverKinds, type Receiver } from './runtimeConfig';

/**
 * The mediator's mandate, modelled on Aidants Connect (the State's service for helpers who act for
 * someone): a mandate under Code civil art. 1984 ff., for one kind of procedure only, for 1 day,
 * 6 months or 1 year, revocable at any time, agreed on a versioned consent text. The CNIL's guidance
 * for helpers doing online procedures for someone asks that the mandate list the exact actions
 * allowed: that list is the consent text (locales/<lng>/mandate.json, `consent.<version>`).
 */
export const MANDATE_SCOPE = 'titres-de-sejour';
export const mandateDurations = ['1-day', '6-months', '1-year'] as const;
export type MandateDuration = (typeof mandateDurations)[number];

/**
 * The consent text the person agrees to now. A changed text gets a new version, never an edit.
 * v2 (December 2026) says what the mediator will really do with the dossier — send it to the
 * deployment's receiver, which is not always the administration (docs/reviews/legal-2026-12.md row 14) — and
 * that receiver is part of what is agreed (and of the digest).
 */
export const MANDATE_CONSENT_VERSION = 'v2';

/** Names and the structure are typed by the mediator: trimmed, not empty, of a sane length. */
const MAX_TEXT = 120;
const typedText = z.string().check(z.trim(), z.minLength(1, 'required'), z.maxLength(MAX_TEXT, 'too-long'));
const instant = z.iso.datetime();

/** What the mediator types before the consent text is read. Messages are i18n keys. */
export const mandateDetails = z.object({
  applicantName: typedText,
  mediatorName: typedText,
  structure: typedText,
  duration: z.enum(mandateDurations, 'required'),
});
export type MandateDetails = z.infer<typeof mandateDetails>;

export const mandateSchema = z.object({
  id: z.string().check(z.minLength(1)),
  dossierId: z.string().check(z.minLength(1)),
  applicantName: typedText,
  mediatorName: typedText,
  /** The point d'accueil numérique or the association the mediator acts for. */
  structure: typedText,
  scope: z.literal(MANDATE_SCOPE),
  duration: z.enum(mandateDurations),
  startsAt: instant,
  /** Exclusive: the mandate no longer holds from this instant on. */
  endsAt: instant,
  /** The language the consent text was read in, beside French (a language code of the registry). */
  applicantLanguage: z.string().check(z.minLength(2), z.maxLength(16)),
  consentVersion: z.string().check(z.minLength(1), z.maxLength(32)),
  acknowledgedAt: instant,
  revokedAt: z.optional(instant),
  /** Who the dossier is sent to, as the consent text named it (v2 on; absent from v1 mandates). */
  receiver: z.optional(z.object({ kind: z.enum(receiverKinds), name: z.string().check(z.minLength(1), z.maxLength(80)) })),
});
export type Mandate = z.infer<typeof mandateSchema>;

const calendarStep: Record<MandateDuration, { months?: number; days?: number }> = {
  '1-day': { days: 1 },
  '6-months': { months: 6 },
  '1-year': { months: 12 },
};

/** When a mandate that starts at `startsAt` ends: the same Paris clock time, 1 day, 6 or 12 months later. */
export function mandateEnd(startsAt: string, duration: MandateDuration): string {
  return new Date(addParisCalendar(Date.parse(startsAt), calendarStep[duration])).toISOString();
}

/**
 * A mandate the person acknowledges now. `id` and `now` are given (domain code draws no randomness
 * and reads no clock), so the same inputs always give the same mandate.
 */
export function newMandate(
  details: MandateDetails,
  context: { id: string; dossierId: string; applicantLanguage: string; now: number; receiver?: Receiver },
): Mandate {
  const startsAt = new Date(context.now).toISOString();
  return z.parse(mandateSchema, {
    id: context.id,
    dossierId: context.dossierId,
    ...z.parse(mandateDetails, details),
    scope: MANDATE_SCOPE,
    startsAt,
    endsAt: mandateEnd(startsAt, details.duration),
    applicantLanguage: context.applicantLanguage,
    consentVersion: MANDATE_CONSENT_VERSION,
    acknowledgedAt: startsAt,
    ...(context.receiver ? { receiver: { kind: context.receiver.kind, name: context.receiver.name } } : {}),
  });
}

/** True when `endsAt` is what the duration gives: a hand-made mandate cannot stretch itself. */
export function hasConsistentEnd(mandate: Pick<Mandate, 'startsAt' | 'endsAt' | 'duration'>): boolean {
  return mandate.endsAt === mandateEnd(mandate.startsAt, mandate.duration);
}

/**
 * What the person agreed to: every field but `revokedAt`, so revoking a mandate leaves its digest,
 * and the printed QR code, as they were. Listed one by one (checked complete by the compiler) so a
 * stored record's own extra fields never slip into the digest.
 */
const agreedFields = {
  id: true,
  dossierId: true,
  applicantName: true,
  mediatorName: true,
  structure: true,
  scope: true,
  duration: true,
  startsAt: true,
  endsAt: true,
  applicantLanguage: true,
  consentVersion: true,
  acknowledgedAt: true,
  receiver: true,
} as const satisfies Record<Exclude<keyof Mandate, 'revokedAt'>, true>;

export function mandateAgreedText(mandate: Mandate): string {
  const agreed: Record<string, unknown> = {};
  for (const key of Object.keys(agreedFields) as (keyof typeof agreedFields)[]) agreed[key] = mandate[key];
  return canonicalJson(agreed);
}

/**
 * SHA-256 (lower-case hex) of the canonical JSON (RFC 8785 for these values) of what was agreed, as
 * Aidants Connect prints the hash of each mandate: anyone can recompute it from the paper copy and
 * see that nothing was changed.
 */
export async function mandateDigest(mandate: Mandate): Promise<string> {
  const bytes = new TextEncoder().encode(mandateAgreedText(mandate));
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  let hex = '';
  for (const byte of digest) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

export const mandateStatuses = ['upcoming', 'active', 'expired', 'revoked'] as const;
export type MandateStatus = (typeof mandateStatuses)[number];

/**
 * Where a mandate stands at `at` (ms). A revocation wins from its own instant on; `upcoming` only
 * happens when a device clock was set back after recording.
 */
export function mandateStatus(mandate: Pick<Mandate, 'startsAt' | 'endsAt' | 'revokedAt'>, at: number): MandateStatus {
  if (mandate.revokedAt !== undefined && Date.parse(mandate.revokedAt) <= at) return 'revoked';
  if (at >= Date.parse(mandate.endsAt)) return 'expired';
  if (at < Date.parse(mandate.startsAt)) return 'upcoming';
  return 'active';
}

export function isMandateActive(mandate: Pick<Mandate, 'startsAt' | 'endsAt' | 'revokedAt'>, at: number): boolean {
  return mandateStatus(mandate, at) === 'active';
}
