import { z } from 'zod/mini';
import type { Answers } from '@/contract';
import { applicableFields } from './conditions';
import { fieldRule } from './fieldRules';
import type { FieldsStep } from './procedureSchema';

/**
 * The zod schema of one step's form, built from the procedure data. Fields whose condition does
 * not hold are left out, so a person is never blocked by a question that does not apply to them.
 */
export function stepSchema(step: FieldsStep, answers: Answers, now?: () => Date) {
  const shape: Record<string, ReturnType<typeof fieldRule>> = {};
  for (const field of applicableFields(step, answers)) {
    shape[field.id] = fieldRule(field.kind, { required: field.required, options: field.options, now });
  }
  return z.object(shape);
}

export type FieldIssue = { fieldId: string; code: string };

/** Issues of one step for the given answers; an empty list means the step is valid. */
export function stepIssues(step: FieldsStep, answers: Answers, now?: () => Date): FieldIssue[] {
  const values: Record<string, string> = {};
  for (const field of applicableFields(step, answers)) {
    const value = answers[field.id];
    values[field.id] = typeof value === 'string' ? value : '';
  }
  const result = stepSchema(step, answers, now).safeParse(values);
  if (result.success) return [];
  const issues: FieldIssue[] = [];
  for (const issue of result.error.issues) {
    const fieldId = String(issue.path[0] ?? '');
    if (!issues.some((i) => i.fieldId === fieldId)) issues.push({ fieldId, code: issue.message });
  }
  return issues;
}
