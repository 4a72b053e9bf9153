import type { Answers, DocumentManifestEntry, FilingWarning, SubmissionRequest } from '@/contract';
import { allFields, applicableDocuments, conditionHolds } from './conditions';
import { normalizeAnswer } from './fieldRules';
import type { Procedure } from './procedureSchema';

/**
 * The body filed for a dossier: only the answers of fields that apply (a question hidden by a
 * later answer must not leak into the file), normalised as the rules expect them, and the warnings
 * the person filed with, when there were any.
 */
export function buildSubmission(
  procedure: Procedure,
  dossier: { language: string; answers: Answers },
  documents: readonly DocumentManifestEntry[],
  warnings: readonly FilingWarning[] = [],
): SubmissionRequest {
  const answers: Answers = {};
  for (const field of allFields(procedure)) {
    if (!conditionHolds(field.when, dossier.answers)) continue;
    const value = dossier.answers[field.id];
    if (typeof value === 'string' && value.trim() !== '') answers[field.id] = normalizeAnswer(field.kind, value);
    else if (typeof value === 'boolean') answers[field.id] = value;
  }
  // Dates printed on documents (proof of address) are answers too, asked beside the document.
  for (const doc of applicableDocuments(procedure, dossier.answers)) {
    const field = doc.issuedWithin?.field;
    const value = field === undefined ? undefined : dossier.answers[field];
    if (field !== undefined && typeof value === 'string' && value.trim() !== '') answers[field] = value.trim();
  }
  return {
    procedure: procedure.id,
    procedureVersion: procedure.version,
    language: dossier.language,
    answers,
    documents: documents.map(({ id, type, mime, size, sha256 }) => ({ id, type, mime, size, sha256 })),
    ...(warnings.length > 0 ? { warnings: [...warnings] } : {}),
  };
}
