import type { Answers } from '@/contract';
import { applicableDocuments } from './conditions';
import type { Procedure } from './procedureSchema';
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

export function checkCompleteness(
  procedure: Procedure,
  answers: Answers,
  documentTypes: readonly string[],
  now?: () => Date,
): Completeness {
  const missing: MissingItem[] = [];
  for (const step of procedure.steps) {
    if (step.kind === 'fields') {
      for (const issue of stepIssues(step, answers, now)) {
        missing.push({ kind: 'field', stepId: step.id, fieldId: issue.fieldId, code: issue.code });
      }
    }
  }
  const required = applicableDocuments(procedure, answers).filter((doc) => doc.required);
  for (const doc of required) {
    if (!documentTypes.includes(doc.type)) {
      const stepId = procedure.steps.find((s) => s.kind === 'documents' && s.documents.includes(doc))?.id ?? '';
      missing.push({ kind: 'document', stepId, type: doc.type });
    }
  }
  return { complete: missing.length === 0, missing };
}
