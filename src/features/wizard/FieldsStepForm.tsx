import { useEffect, useMemo } from 'react';
import { useForm, type FieldErrors, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { applicableFields, placeRefusals, refusalsOnStep, stepBlockers, type FieldsStep } from '@/domain';
import { saveAnswers, type DossierRecord } from '@/storage';
import { Button } from '@/ui/Button';
import { DeadlineNotice } from '@/features/deadline/DeadlineNotice';
import { FeesSummary } from '@/features/fees/FeesSummary';
import { FieldInput } from './FieldInput';
import { SaveIndicator } from './SaveIndicator';
import { useAutosave } from '@/features/shared/useAutosave';
import { Bilingual } from '@/features/shared/Bilingual';
import type { StepProps } from './stepProps';

type FormValues = Record<string, string>;

function initialValues(step: FieldsStep, answers: DossierRecord['answers']): FormValues {
  const values: FormValues = {};
  for (const field of step.fields) {
    const value = answers[field.id];
    values[field.id] = typeof value === 'string' ? value : '';
  }
  return values;
}

/**
 * "Next" is held back only by what would hold filing back (an empty essential answer, a typed value
 * that is not a value): a person who does not have an answer yet goes on, and the review lists it
 * with what it means. The same rule as filing, from src/domain/completeness.ts.
 */
function blockersResolver(step: FieldsStep, saved: DossierRecord['answers']): Resolver<FormValues> {
  return (values) => {
    const issues = stepBlockers(step, { ...saved, ...values });
    if (issues.length === 0) return { values, errors: {} };
    const errors: FieldErrors<FormValues> = {};
    for (const issue of issues) errors[issue.fieldId] = { type: 'validate', message: issue.code };
    return { values: {}, errors };
  };
}

/**
 * One step of questions. Every change is saved to the device as it is typed; validation waits for
 * "Next" (then follows each change), so nobody is scolded for a field they have not reached yet.
 */
export function FieldsStepForm({ procedure, step, dossier, onBack, onNext }: StepProps<FieldsStep>) {
  const { t } = useTranslation('wizard');
  // The dossier is read once: later live updates come from this very form and must not reset it.
  const defaults = useMemo(() => initialValues(step, dossier.answers), [step]); // eslint-disable-line react-hooks/exhaustive-deps
  const { register, control, handleSubmit, watch, formState, setFocus } = useForm<FormValues>({
    defaultValues: defaults,
    resolver: blockersResolver(step, dossier.answers),
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    shouldFocusError: true,
  });
  // The national service's refusals, as they were when the step opened: the first edit turns the
  // dossier back into a draft (and clears them in storage), but each refused field keeps its
  // message until its own answer changes.
  const refused = useMemo(() => refusalsOnStep(placeRefusals(procedure, dossier.refusal?.fields ?? []), step.id), [step]); // eslint-disable-line react-hooks/exhaustive-deps
  const autosave = useAutosave<FormValues>((values) => saveAnswers(dossier.id, values, step.id));

  useEffect(() => {
    const subscription = watch((values) => autosave.schedule(values as FormValues));
    return () => subscription.unsubscribe();
  }, [watch, autosave]);

  useEffect(() => {
    const [firstRefused] = refused.keys();
    const first = firstRefused ?? step.fields[0]?.id;
    const field = step.fields.find((f) => f.id === first);
    if (field && field.kind !== 'choice') setFocus(field.id);
  }, [step, setFocus, refused]);

  const refusalOf = (fieldId: string, value: string | undefined): string | undefined =>
    value === defaults[fieldId] ? refused.get(fieldId) : undefined;

  const submit = handleSubmit(async () => {
    await autosave.flush();
    onNext();
  });

  const current = watch();
  const liveAnswers = { ...dossier.answers, ...current };
  const fields = applicableFields(step, liveAnswers);
  const asksExpiry = fields.some((field) => field.id === procedure.deadline?.expiryField);
  // The fees are said where the tax stamp is asked for.
  const asksStamp = fields.some((field) => field.kind === 'tax-stamp');
  return (
    // Leaving a field saves at once (focusout bubbles): only the field being typed in waits for the debounce.
    <form className="step-form" noValidate onSubmit={(event) => void submit(event)} onBlur={() => void autosave.flush()}>
      {fields.map((field) => (
        <FieldInput
          key={field.id}
          field={field}
          register={register}
          control={control}
          error={formState.errors[field.id]?.message}
          refusal={refusalOf(field.id, current[field.id])}
          disabled={false}
        />
      ))}
      {asksExpiry ? <DeadlineNotice procedure={procedure} answers={liveAnswers} /> : null}
      {asksStamp ? <FeesSummary procedure={procedure} answers={liveAnswers} /> : null}
      <SaveIndicator state={autosave.state} />
      <div className="step-actions">
        {onBack ? (
          <Button variant="secondary" onClick={() => void autosave.flush().then(onBack)}>
            {t('back')}
          </Button>
        ) : null}
        <Button type="submit">{t('next')}</Button>
      </div>
      <Bilingual ns="wizard" text={(fr) => (onBack ? `${fr('back')} · ${fr('next')}` : fr('next'))} />
    </form>
  );
}
