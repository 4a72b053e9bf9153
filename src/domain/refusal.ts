import type { Procedure } from './procedureSchema';

/** What the server names in a 422 (`field` is a JSON path like `answers/foreignerNumber`). */
export type RefusedField = { field: string; code: string };

/** One refused answer placed in the wizard: the step to open and the field to show it on. */
export type RefusedAnswer = { stepId: string; fieldId: string | null; code: string };

/**
 * Where each refusal goes back to the person: an answer to its own field on its step; a document
 * (`documents/<n>/…`) to the documents step; anything else to the first step, never dropped —
 * the person must be able to act on every refusal.
 */
export function placeRefusals(procedure: Procedure, fields: readonly RefusedField[]): RefusedAnswer[] {
  const stepOfField = new Map<string, string>();
  let documentsStep: string | null = null;
  for (const step of procedure.steps) {
    if (step.kind === 'fields') for (const field of step.fields) stepOfField.set(field.id, step.id);
    else documentsStep ??= step.id;
  }
  const firstStep = procedure.steps[0]?.id ?? '';
  return fields.map(({ field, code }) => {
    const answer = /^answers\/([^/]+)$/.exec(field)?.[1];
    if (answer !== undefined && stepOfField.has(answer)) return { stepId: stepOfField.get(answer) ?? firstStep, fieldId: answer, code };
    if (field.startsWith('documents/') && documentsStep !== null) return { stepId: documentsStep, fieldId: null, code };
    return { stepId: firstStep, fieldId: null, code };
  });
}

/** The refused answers of one step, field id → refusal code. */
export function refusalsOnStep(placed: readonly RefusedAnswer[], stepId: string): ReadonlyMap<string, string> {
  return new Map(placed.filter((r) => r.stepId === stepId && r.fieldId !== null).map((r) => [r.fieldId ?? '', r.code]));
}
