import type { Answers } from '@/contract';
import { addCalendarMonths, dayNumber, todayInParis } from './calendarDate';
import { applicableDocuments } from './conditions';
import type { FieldErrorCode } from './fieldRules';
import type { DocumentRequirement, Procedure } from './procedureSchema';
import { stepIssues } from './stepSchema';

/**
 * Is the dossier complete enough to file? An incomplete request can be refused registration
 * (CESEDA R. 431-10), and only a complete one filed on time opens the right to an attestation de
 * prolongation d'instruction (R. 431-15-1): hence checking before filing, not after.
 */
export type MissingItem =
  | { kind: 'field'; stepId: string; fieldId: string; code: string }
  | { kind: 'document'; stepId: string; type: string };

export type Completeness = { complete: boolean; missing: MissingItem[] };

function stepOfDocument(procedure: Procedure, doc: DocumentRequirement): string {
  return procedure.steps.find((s) => s.kind === 'documents' && s.documents.includes(doc))?.id ?? '';
}

function stepOfField(procedure: Procedure, fieldId: string): string {
  return procedure.steps.find((s) => s.kind === 'fields' && s.fields.some((f) => f.id === fieldId))?.id ?? '';
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

export function checkCompleteness(
  procedure: Procedure,
  answers: Answers,
  documentTypes: readonly string[],
  now: () => Date = () => new Date(),
): Completeness {
  const missing: MissingItem[] = [];
  for (const step of procedure.steps) {
    if (step.kind === 'fields') {
      for (const issue of stepIssues(step, answers, now)) {
        missing.push({ kind: 'field', stepId: step.id, fieldId: issue.fieldId, code: issue.code });
      }
    }
  }
  for (const rule of procedure.rules ?? []) {
    const [day, after] = [answers[rule.field], answers[rule.after]].map((v) => (typeof v === 'string' ? dayNumber(v) : null));
    const alreadyWrong = missing.some((m) => m.kind === 'field' && m.fieldId === rule.field);
    if (day != null && after != null && day <= after && !alreadyWrong) {
      missing.push({ kind: 'field', stepId: stepOfField(procedure, rule.field), fieldId: rule.field, code: rule.code });
    }
  }
  const today = todayInParis(now());
  for (const doc of applicableDocuments(procedure, answers)) {
    const attached = documentTypes.includes(doc.type);
    if (doc.required && !attached) {
      missing.push({ kind: 'document', stepId: stepOfDocument(procedure, doc), type: doc.type });
    } else if (attached && doc.issuedWithin) {
      const code = documentDateIssue(doc, answers, today);
      if (code) missing.push({ kind: 'field', stepId: stepOfDocument(procedure, doc), fieldId: doc.issuedWithin.field, code });
    }
  }
  return { complete: missing.length === 0, missing };
}
