import { expect } from '@playwright/test';
import type { Answers } from '@/contract';
import { applicableFields, conditionHolds, type FieldDefinition, type Procedure } from '@/domain';
import type { RelaisApp } from '../pages/RelaisApp';
import { parisDate } from './dates';
import { pdfFile, pngFile, type FixtureFile } from './files';

/** In the filing window (between the 120th and the 60th day before expiry) whatever the day of the run. */
export const EXPIRY_IN_WINDOW = parisDate(90);
/** After the window, card still valid: a late renewal. */
export const EXPIRY_LATE = parisDate(30);

/** A plausible value for each kind of field, unless the test row chose one. */
function defaultValue(field: FieldDefinition): string {
  switch (field.kind) {
    case 'name':
      return field.id === 'lastName' ? 'Benali' : 'Amina';
    case 'text':
      return field.id === 'city' ? 'Lyon' : '3 place Bellecour';
    case 'date-past':
      return '1990-04-12';
    case 'date-expiry':
      return field.id === 'passportExpiry' ? parisDate(5 * 365) : EXPIRY_IN_WINDOW;
    case 'foreigner-number':
      return '7501234567';
    case 'postcode':
      return '69002';
    case 'count':
      return '1';
    case 'e-photo-code':
      return 'AB12CD34EF56GH78IJ90K1';
    case 'tax-stamp':
      return '1234567890123456';
    case 'choice':
      return field.options?.[0] ?? '';
    case 'country':
      return 'SN';
  }
}

export type Walk = { answers: Answers; files: FixtureFile[] };

/**
 * The file a walk attaches to a document; the default alternates a photo and a small PDF. `null`
 * leaves the document empty, as a person may (a missing piece is a warning, not a block).
 */
export type FileFor = (documentType: string, index: number, run: number, required: boolean) => FixtureFile | null;

const defaultFileFor: FileFor = (type, index, run) =>
  index % 2 === 0 ? pngFile(`${type}.png`, run + index) : pdfFile(`${type}.pdf`, `${type} ${run}`);

/**
 * Walks a procedure as a person would, step by step, answering what applies (the row's `answers`
 * win over defaults) and attaching a file to every document that applies. `onStep` runs on arrival
 * at each step (an accessibility scan, say); `fileFor` chooses the files (bigger ones, say).
 * Returns the answers given and the files attached.
 */
export async function walkToReview(
  app: RelaisApp,
  procedure: Procedure,
  chosen: Answers,
  run: number,
  onStep?: (stepId: string) => Promise<void>,
  fileFor: FileFor = defaultFileFor,
): Promise<Walk> {
  const answers: Answers = {};
  const files: FixtureFile[] = [];
  for (const step of procedure.steps) {
    await app.expectStep(step.id);
    await onStep?.(step.id);
    if (step.kind === 'fields') {
      // Fields can appear as earlier ones are answered: re-evaluate after each answer.
      for (const field of step.fields) {
        if (!applicableFields(step, answers).includes(field)) continue;
        const value = String(chosen[field.id] ?? defaultValue(field));
        answers[field.id] = value;
        if (field.kind === 'choice') await app.choose(field.id, value);
        else if (field.kind === 'date-past' || field.kind === 'date-expiry') await app.fillDate(field.id, value);
        else if (field.kind === 'country') {
          await app.field(field.id).selectOption(value);
          app.tap(2);
        } else {
          await app.field(field.id).fill(value);
          app.tap();
        }
      }
    } else {
      for (const [index, doc] of step.documents.entries()) {
        if (!conditionHolds(doc.when, answers)) {
          await expect(app.documentSlot(doc.type)).toHaveCount(0);
          continue;
        }
        // null: the person has no such document yet — optional or not, filing stays possible (R. 431-11).
        const file = fileFor(doc.type, index, run, doc.required);
        if (file === null) continue;
        await app.attachAndWait(doc.type, file);
        files.push(file);
        if (doc.issuedWithin) {
          const issued = parisDate(-10);
          await app.fillDate(doc.issuedWithin.field, issued, app.documentSlot(doc.type));
          answers[doc.issuedWithin.field] = issued;
        }
      }
    }
    await app.next();
  }
  await app.expectStep('review');
  return { answers, files };
}
