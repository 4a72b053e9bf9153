import { z } from 'zod/mini';
import { fieldKinds } from './fieldRules';

/**
 * The shape every procedure file must satisfy. Adding a procedure is adding a data file that
 * parses here (and its labels in the locales); no screen or rule changes.
 * docs/procedures.md: the catalogue never holds a bare rule — every rule and document names its
 * source and the date it was checked, and what is unconfirmed says so.
 */
export const legalSource = z.object({
  /** How a mediator would cite it: "CESEDA R. 431-5", "Annexe 10, ligne 29". */
  ref: z.string().check(z.minLength(3)),
  url: z.url(),
  checkedOn: z.iso.date(),
  unconfirmed: z.optional(z.boolean()),
});
export type LegalSource = z.infer<typeof legalSource>;

const identifier = z.string().check(z.regex(/^[a-z][a-zA-Z0-9-]*$/));

/**
 * Holds when another answer has one of the given values — or, with `orUnanswered`, while that
 * answer is still empty: the usual case stays on screen until the person says otherwise (the
 * passport until another identity document is chosen; drafts from before the question keep theirs).
 */
export const condition = z.object({
  field: identifier,
  in: z.array(z.string()).check(z.minLength(1)),
  orUnanswered: z.optional(z.literal(true)),
});
export type Condition = z.infer<typeof condition>;

/** Shown or required only when every condition holds ("married" and "country allows polygamy"). */
export const when = z.array(condition).check(z.minLength(1));
export type When = z.infer<typeof when>;

export const fieldDefinition = z.object({
  id: identifier,
  kind: z.enum(fieldKinds),
  /** Asked of everyone it applies to; left empty, it is a warning at filing, not a block (R. 431-11). */
  required: z.boolean(),
  /**
   * Without this answer the request cannot be filed at all (nobody to identify, no current card to
   * renew): the only empty answers that block filing. The sources say why; none may be unconfirmed.
   */
  essential: z.optional(z.array(legalSource).check(z.minLength(1))),
  options: z.optional(z.array(identifier).check(z.minLength(2))),
  /** HTML autocomplete token, so phones offer what they already know. */
  autocomplete: z.optional(z.string()),
  when: z.optional(when),
  sources: z.optional(z.array(legalSource)),
});
export type FieldDefinition = z.infer<typeof fieldDefinition>;

/**
 * A document whose date matters (a proof of address "datant de moins de six mois"): the person
 * gives the date printed on it, stored as the answer `field`, and it must be at most `months` old.
 */
export const issuedWithin = z.object({
  field: identifier,
  months: z.number().check(z.int(), z.positive()),
  sources: z.array(legalSource).check(z.minLength(1)),
});
export type IssuedWithin = z.infer<typeof issuedWithin>;

/** A case where a listed document is not owed (the republic contract for Algerian nationals). */
export const exemption = z.object({ when, sources: z.array(legalSource).check(z.minLength(1)) });
export type Exemption = z.infer<typeof exemption>;

export const documentRequirement = z.object({
  type: identifier,
  /**
   * On the list for this person. A missing one is a warning with its consequence, never a block:
   * since décret 2025-539 the administration must ask for missing pieces (CESEDA R. 431-11).
   */
  required: z.boolean(),
  when: z.optional(when),
  /** Not owed when any of these holds: the slot stays, marked optional, with the exemption's source. */
  exemptions: z.optional(z.array(exemption).check(z.minLength(1))),
  issuedWithin: z.optional(issuedWithin),
  /** What the law says happens without it, when it says more than R. 431-11 (`consequences.<id>`). */
  missingConsequence: z.optional(identifier),
  sources: z.array(legalSource).check(z.minLength(1)),
});
export type DocumentRequirement = z.infer<typeof documentRequirement>;

export const fieldsStep = z.object({
  id: identifier,
  kind: z.literal('fields'),
  fields: z.array(fieldDefinition).check(z.minLength(1)),
});
export const documentsStep = z.object({
  id: identifier,
  kind: z.literal('documents'),
  documents: z.array(documentRequirement).check(z.minLength(1)),
});
export const step = z.discriminatedUnion('kind', [fieldsStep, documentsStep]);
export type FieldsStep = z.infer<typeof fieldsStep>;
export type DocumentsStep = z.infer<typeof documentsStep>;
export type Step = z.infer<typeof step>;

/**
 * A rule between two answers. `date-after`: the date `field` should come after the date `after`
 * (a passport still valid when the new card starts). A warning with its source, never a block.
 */
export const crossFieldRule = z.object({
  kind: z.literal('date-after'),
  field: identifier,
  after: identifier,
  code: z.string().check(z.regex(/^[a-z][a-z-]*$/)),
  sources: z.array(legalSource).check(z.minLength(1)),
});
export type CrossFieldRule = z.infer<typeof crossFieldRule>;

/**
 * Something the answers say that the person should know before filing (a resignation is not an
 * involuntary loss of job, a third renewal in a row): shown with its source, never a block.
 */
export const adviceRule = z.object({
  code: identifier,
  when,
  sources: z.array(legalSource).check(z.minLength(1)),
});
export type AdviceRule = z.infer<typeof adviceRule>;

/**
 * When the request may be filed, judged by the deadline engine from the current card's expiry.
 * `renewal`: CESEDA R. 431-5 — 120 to 60 days before expiry for titles filed on the téléservice,
 * the two months before expiry for the others (which channel: `filing` and the deployment).
 */
export const deadlineSpec = z.object({
  rule: z.enum(['renewal', 'renew-instead-within-3-months']),
  expiryField: identifier,
  /** L. 433-3 grace after expiry: always for this title, or only when the answers say so. */
  grace: z.union([z.literal('always'), z.literal('never'), when]),
  /** Long-term EU residents: no R. 431-5 window and no late fee (R. 431-5, R. 431-8 do not apply). */
  longTermEuWhen: z.optional(when),
  sources: z.array(legalSource).check(z.minLength(1)),
});
export type DeadlineSpec = z.infer<typeof deadlineSpec>;

/**
 * Where the request is filed, by default: on the téléservice (ANEF), at the prefecture's counter,
 * or not known nationally. The deployment may say otherwise for its département (config.json).
 */
export const filingChannels = ['online', 'counter', 'unknown'] as const;
export type FilingChannel = (typeof filingChannels)[number];
export const filingSpec = z.object({
  channel: z.enum(filingChannels),
  sources: z.array(legalSource).check(z.minLength(1)),
});
export type FilingSpec = z.infer<typeof filingSpec>;

/**
 * What the title costs (CESEDA L. 436-1 to L. 436-8): which tax, whether the stamp duty applies,
 * and who is exempt. Amounts are not here: they are dated rates (src/procedures/shared/feeRates.ts),
 * so a rate change is a data change.
 */
export const feeSpec = z.object({
  /** `renewal` and `renewal-reduced`: L. 436-1; a duplicate pays the renewal's tax (L. 436-2). */
  tax: z.enum(['renewal', 'renewal-reduced', 'none']),
  stamp: z.boolean(),
  /** Only when this holds (a change of address costs something only if a new card is asked for). */
  when: z.optional(when),
  exemptions: z.optional(z.array(exemption).check(z.minLength(1))),
  sources: z.array(legalSource).check(z.minLength(1)),
});
export type FeeSpec = z.infer<typeof feeSpec>;

/**
 * Silence of the administration: the request counts as refused after this time (CESEDA R. 432-2:
 * four months; R. 422-5: 90 days for students), and the time to appeal starts.
 */
export const decisionSpec = z.object({
  implicitRefusalAfter: z.union([z.object({ months: z.number().check(z.int(), z.positive()) }), z.object({ days: z.number().check(z.int(), z.positive()) })]),
  sources: z.array(legalSource).check(z.minLength(1)),
});
export type DecisionSpec = z.infer<typeof decisionSpec>;

export const procedure = z.object({
  id: identifier,
  /** Bumped when the data changes, and sent with each submission. */
  version: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}(\.\d+)?$/)),
  /** Legal basis of the title itself. */
  legalBasis: z.array(legalSource).check(z.minLength(1)),
  steps: z.array(step).check(z.minLength(1)),
  rules: z.optional(z.array(crossFieldRule)),
  advice: z.optional(z.array(adviceRule)),
  deadline: z.optional(deadlineSpec),
  filing: z.optional(filingSpec),
  fees: z.optional(feeSpec),
  decision: z.optional(decisionSpec),
});
export type Procedure = z.infer<typeof procedure>;
