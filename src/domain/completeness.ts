import type { Answers, FilingWarning } from '@/contract';
import { addCalendarMonths, dayNumber, todayInParis } from './calendarDate';
import { applicableAnswers, applicableDocuments, conditionHolds } from './conditions';
import { typedValueCodes, type FieldErrorCode } from './fieldRules';
import type { DocumentRequirement, FieldDefinition, FieldsStep, LegalSource, Procedure } from './procedureSchema';
import { stepIssues, type FieldIssue } from './stepSchema';

/**
 * What stands between a dossier and filing, and what only deserves a warning.
 *
 * Since décret 2025-539 (16 June 2025), CESEDA R. 431-11: missing pieces and information « doivent
 * être demandées par l'administration »; only the proofs of civil status and nationality of
 * R. 431-10 come before registration. So almost nothing blocks: a dossier is held back only when
 * it cannot be filed at all — nobody identified, no current card to renew (an `essential` answer
 * left empty) — or when a typed value is not a value (a 30 February), which takes a second to fix
 * or clear. Everything else is a warning with its consequence and its source, and the person (or
 * their mediator) decides. A finding whose rule rests on an unconfirmed source never blocks.
 *
 * `complete` still matters: only a complete request filed on time opens the right to an
 * attestation de prolongation d'instruction (R. 431-15-1), which is what the warnings say.
 */
export type MissingItem =
  | { kind: 'field'; stepId: string; fieldId: string; code: FieldErrorCode; blocks: boolean; sources: LegalSource[] }
  | {
      kind: 'document';
      stepId: string;
      type: string;
      /** The locale key of what happens without it (`consequences.<id>`). */
      consequence: string;
      blocks: false;
      sources: LegalSource[];
    };

/** Something in the answers the person should know before filing; never part of "complete". */
export type AdviceItem = { code: string; sources: LegalSource[] };

export type Completeness = {
  /** Nothing missing or wrong: the request is « complète » (R. 431-15-1). */
  complete: boolean;
  /** No blocker: the request can be filed, knowingly, with its warnings. */
  fileable: boolean;
  /** Every finding, blockers and warnings, in the procedure's order. */
  missing: MissingItem[];
  blockers: MissingItem[];
  warnings: MissingItem[];
  advice: AdviceItem[];
};

/** What a missing document means when the law says nothing more specific (R. 431-11, R. 431-15-1). */
export const MISSING_DOCUMENT_CONSEQUENCE = 'missing-document';

/** The rule behind a finding is only as firm as its weakest source. */
export function restsOnUnconfirmed(sources: readonly LegalSource[]): boolean {
  return sources.some((source) => source.unconfirmed === true);
}

function stepOfDocument(procedure: Procedure, doc: DocumentRequirement): string {
  return procedure.steps.find((s) => s.kind === 'documents' && s.documents.includes(doc))?.id ?? '';
}

function findField(procedure: Procedure, fieldId: string): { stepId: string; field: FieldDefinition } | null {
  for (const step of procedure.steps) {
    if (step.kind !== 'fields') continue;
    const field = step.fields.find((f) => f.id === fieldId);
    if (field) return { stepId: step.id, field };
  }
  return null;
}

/** Only an empty essential answer, or a typed value that is not a value, holds filing back. */
function fieldFinding(stepId: string, field: FieldDefinition, code: FieldErrorCode): MissingItem {
  const sources = code === 'required' ? (field.essential ?? field.sources ?? []) : (field.sources ?? []);
  const firm = !restsOnUnconfirmed(sources);
  const blocks = firm && (code === 'required' ? field.essential !== undefined : (typedValueCodes as readonly string[]).includes(code));
  return { kind: 'field', stepId, fieldId: field.id, code, blocks, sources };
}

/** The date printed on an attached document, when its age matters (proof of address < 6 months). */
function documentDateIssue(doc: DocumentRequirement, answers: Answers, today: string): FieldErrorCode | null {
  if (!doc.issuedWithin) return null;
  const value = answers[doc.issuedWithin.field];
  if (typeof value !== 'string' || value === '') return 'required';
  const issued = dayNumber(value);
  if (issued === null) return 'date-invalid';
  if (issued > (dayNumber(today) ?? 0)) return 'date-not-past';
  const oldest = dayNumber(addCalendarMonths(today, -doc.issuedWithin.months) ?? '') ?? 0;
  return issued < oldest ? 'document-too-old' : null;
}

/** Owed by this person: on the list, and no exemption of theirs applies (the CER of an Algerian). */
export function documentOwed(doc: DocumentRequirement, answers: Answers): boolean {
  return doc.required && !(doc.exemptions ?? []).some((exemption) => conditionHolds(exemption.when, answers));
}

export function checkCompleteness(
  procedure: Procedure,
  answers: Answers,
  documentTypes: readonly string[],
  now: () => Date = () => new Date(),
): Completeness {
  const missing: MissingItem[] = [];
  for (const step of procedure.steps) {
    if (step.kind !== 'fields') continue;
    for (const issue of stepIssues(step, answers, now)) {
      const field = step.fields.find((f) => f.id === issue.fieldId);
      if (field) missing.push(fieldFinding(step.id, field, issue.code as FieldErrorCode));
    }
  }
  for (const rule of procedure.rules ?? []) {
    const [day, after] = [answers[rule.field], answers[rule.after]].map((v) => (typeof v === 'string' ? dayNumber(v) : null));
    const alreadyWrong = missing.some((m) => m.kind === 'field' && m.fieldId === rule.field);
    const found = findField(procedure, rule.field);
    // A rule between two answers is a reading of the lists, never a condition of filing.
    if (found && conditionHolds(found.field.when, answers) && day != null && after != null && day <= after && !alreadyWrong) {
      missing.push({ kind: 'field', stepId: found.stepId, fieldId: rule.field, code: rule.code as FieldErrorCode, blocks: false, sources: rule.sources });
    }
  }
  const today = todayInParis(now());
  for (const doc of applicableDocuments(procedure, answers)) {
    const stepId = stepOfDocument(procedure, doc);
    const attached = documentTypes.includes(doc.type);
    if (!attached && documentOwed(doc, answers)) {
      const consequence = doc.missingConsequence ?? MISSING_DOCUMENT_CONSEQUENCE;
      missing.push({ kind: 'document', stepId, type: doc.type, consequence, blocks: false, sources: doc.sources });
    } else if (attached && doc.issuedWithin) {
      const code = documentDateIssue(doc, answers, today);
      if (code) {
        // The age limit is a condition of the list, a warning; a date that is not a date must be fixed.
        const blocks = code !== 'document-too-old' && code !== 'required' && !restsOnUnconfirmed(doc.issuedWithin.sources);
        missing.push({ kind: 'field', stepId, fieldId: doc.issuedWithin.field, code, blocks, sources: doc.issuedWithin.sources });
      }
    }
  }
  const live = applicableAnswers(procedure, answers);
  const advice = (procedure.advice ?? []).filter((rule) => conditionHolds(rule.when, live)).map(({ code, sources }) => ({ code, sources }));
  const blockers = missing.filter((item) => item.blocks);
  return {
    complete: missing.length === 0,
    fileable: blockers.length === 0,
    missing,
    blockers,
    warnings: missing.filter((item) => !item.blocks),
    advice,
  };
}

/**
 * The issues of one step that hold "Next" back: the same rule as filing (an empty essential answer,
 * a typed value that is not a value). An empty ordinary answer lets the person go on; the review
 * lists it with what it means.
 */
export function stepBlockers(step: FieldsStep, answers: Answers, now?: () => Date): FieldIssue[] {
  return stepIssues(step, answers, now).filter((issue) => {
    const field = step.fields.find((f) => f.id === issue.fieldId);
    return field !== undefined && fieldFinding(step.id, field, issue.code as FieldErrorCode).blocks;
  });
}

/**
 * The warnings a person files with, as codes (the history, the printed summary and the receiver
 * read them): every warning and every piece of advice, in the order shown.
 */
export function filingWarnings(completeness: Pick<Completeness, 'warnings' | 'advice'>): FilingWarning[] {
  const items: FilingWarning[] = completeness.warnings.map(warningOf);
  for (const advice of completeness.advice) items.push({ kind: 'advice', code: advice.code });
  return items;
}

/** One finding as the history and the receiver keep it: codes and catalogue ids, no value typed. */
export function warningOf(item: MissingItem): FilingWarning {
  return item.kind === 'field' ? { kind: 'field', code: item.code, field: item.fieldId } : { kind: 'document', code: item.consequence, document: item.type };
}

/** A warning's identity: two warnings with the same key say the same thing. */
export function warningKey(warning: FilingWarning): string {
  return `${warning.kind}:${warning.code}:${warning.field ?? ''}:${warning.document ?? ''}`;
}

/** Same warnings (order aside): what was read is what is filed. */
export function sameWarnings(a: readonly FilingWarning[], b: readonly FilingWarning[]): boolean {
  const left = a.map(warningKey).sort();
  const right = b.map(warningKey).sort();
  return left.length === right.length && left.every((k, i) => k === right[i]);
}
