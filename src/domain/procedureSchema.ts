import { z } from 'zod/mini';
import { fieldKinds } from './fieldRules';

/**
 * The shape every procedure file must satisfy. Adding a procedure is adding a data file that
 * parses here (and its labels in the locales); no screen or rule changes.
 * PROCEDURES.md: the catalogue never holds a bare rule — every rule and document names its
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

/** Holds when another answer has one of the given values. */
export const condition = z.object({ field: identifier, in: z.array(z.string()).check(z.minLength(1)) });
export type Condition = z.infer<typeof condition>;

/** Shown or required only when every condition holds ("married" and "country allows polygamy"). */
export const when = z.array(condition).check(z.minLength(1));
export type When = z.infer<typeof when>;

export const fieldDefinition = z.object({
  id: identifier,
  kind: z.enum(fieldKinds),
  required: z.boolean(),
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

export const documentRequirement = z.object({
  type: identifier,
  required: z.boolean(),
  when: z.optional(when),
  issuedWithin: z.optional(issuedWithin),
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
 * A rule between two answers. `date-after`: the date `field` must come after the date `after`
 * (a passport must still be valid when the new card starts, the day after the current one ends).
 */
export const crossFieldRule = z.object({
  kind: z.literal('date-after'),
  field: identifier,
  after: identifier,
  code: z.string().check(z.regex(/^[a-z][a-z-]*$/)),
  sources: z.array(legalSource).check(z.minLength(1)),
});
export type CrossFieldRule = z.infer<typeof crossFieldRule>;

/** When the request may be filed, judged by the deadline engine from the current card's expiry. */
export const deadlineSpec = z.object({
  rule: z.enum(['renewal-120-60', 'renewal-two-months', 'renew-instead-within-3-months']),
  expiryField: identifier,
  /** L. 433-3 grace after expiry: always for this title, or only when the answers say so. */
  grace: z.union([z.literal('always'), z.literal('never'), when]),
  /** Special cases that are flagged, never computed. */
  longTermEuWhen: z.optional(when),
  sources: z.array(legalSource).check(z.minLength(1)),
});
export type DeadlineSpec = z.infer<typeof deadlineSpec>;

export const procedure = z.object({
  id: identifier,
  /** Bumped when the data changes, and sent with each submission. */
  version: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}(\.\d+)?$/)),
  /** Legal basis of the title itself. */
  legalBasis: z.array(legalSource).check(z.minLength(1)),
  steps: z.array(step).check(z.minLength(1)),
  rules: z.optional(z.array(crossFieldRule)),
  deadline: z.optional(deadlineSpec),
});
export type Procedure = z.infer<typeof procedure>;
