import type { Answers } from '@/contract';
import type { DocumentRequirement, FieldDefinition, FieldsStep, Procedure, When } from './procedureSchema';

/** No condition, or every condition met by the answers so far. */
export function conditionHolds(conditions: When | undefined, answers: Answers): boolean {
  if (conditions === undefined) return true;
  return conditions.every((condition) => {
    const value = answers[condition.field];
    if (condition.orUnanswered === true && (value === undefined || value === null || value === '')) return true;
    return typeof value === 'string' && condition.in.includes(value);
  });
}

/** The fields that apply to this person, given what they answered so far. */
export function applicableFields(step: FieldsStep, answers: Answers): FieldDefinition[] {
  return step.fields.filter((field) => conditionHolds(field.when, answers));
}

/** The documents that apply to this person, across all the procedure's document steps. */
export function applicableDocuments(procedure: Procedure, answers: Answers): DocumentRequirement[] {
  return procedure.steps.flatMap((step) =>
    step.kind === 'documents' ? step.documents.filter((doc) => conditionHolds(doc.when, answers)) : [],
  );
}

export function allFields(procedure: Procedure): FieldDefinition[] {
  return procedure.steps.flatMap((step) => (step.kind === 'fields' ? step.fields : []));
}

/**
 * The answers that still apply: an answer to a question now hidden by a later answer (the spouse's
 * violence, kept after the ground changed to "parent of a French child") must not decide a fee
 * exemption, a grace or a piece of advice. Fields in the order asked, so a hidden question hides the
 * ones that depend on it; answers of no field (document dates) are kept.
 */
export function applicableAnswers(procedure: Procedure, answers: Answers): Answers {
  const live: Answers = { ...answers };
  for (const field of allFields(procedure)) {
    if (!conditionHolds(field.when, live)) delete live[field.id];
  }
  return live;
}
