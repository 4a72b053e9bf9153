import { describe, expect, it } from 'vitest';
import { placeRefusals, refusalsOnStep } from '@/domain';
import { findProcedure } from '@/procedures';

const procedure = findProcedure('renewal-cst-vpf');
if (!procedure) throw new Error('renewal-cst-vpf is missing');
const stepOf = (fieldId: string) => procedure.steps.find((s) => s.kind === 'fields' && s.fields.some((f) => f.id === fieldId))?.id;

describe('placing server refusals in the wizard', () => {
  it('an answer goes to its own field on its step; a document to the documents step; the unknown to the first step', () => {
    const placed = placeRefusals(procedure, [
      { field: 'answers/foreignerNumber', code: 'unknown' },
      { field: 'documents/0/sha256', code: 'invalid' },
      { field: 'answers/notAField', code: 'invalid' },
      { field: 'language', code: 'invalid' },
    ]);
    expect(placed[0]).toEqual({ stepId: stepOf('foreignerNumber'), fieldId: 'foreignerNumber', code: 'unknown' });
    expect(placed[1]).toEqual({ stepId: procedure.steps.find((s) => s.kind === 'documents')?.id, fieldId: null, code: 'invalid' });
    expect(placed[2]).toEqual({ stepId: procedure.steps[0]?.id, fieldId: null, code: 'invalid' });
    expect(placed[3]).toEqual({ stepId: procedure.steps[0]?.id, fieldId: null, code: 'invalid' });
    expect(refusalsOnStep(placed, stepOf('foreignerNumber') ?? '')).toEqual(new Map([['foreignerNumber', 'unknown']]));
  });
});
