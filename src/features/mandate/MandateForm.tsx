import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect } from 'react';
import { useForm, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { mandateDetails, mandateDurations, type MandateDetails } from '@/domain';
import { Button } from '@/ui/Button';
import { ChoiceField } from '@/ui/ChoiceField';
import { TextField } from '@/ui/TextField';
import { Bilingual } from '@/features/shared/Bilingual';

type FormValues = { applicantName: string; mediatorName: string; structure: string; duration: string };

// The form holds '' until a duration is chosen, which the schema refuses: that refusal is the point.
const resolver = zodResolver(mandateDetails) as unknown as Resolver<FormValues, unknown, MandateDetails>;

/**
 * Who gives the mandate, to whom, for which structure and how long. Only what a mandate needs
 * (CNIL: collect the minimum); `autoComplete="off"` because a shared tablet must not offer one
 * person's name to the next.
 */
export function MandateForm({
  initial,
  onNext,
  onCancel,
}: {
  initial: MandateDetails | null;
  onNext: (details: MandateDetails) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('mandate');
  const { register, handleSubmit, formState, setFocus } = useForm<FormValues, unknown, MandateDetails>({
    defaultValues: initial ?? { applicantName: '', mediatorName: '', structure: '', duration: '' },
    resolver,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  useEffect(() => setFocus('applicantName'), [setFocus]);
  const error = (field: keyof FormValues) => {
    const message = formState.errors[field]?.message;
    return message ? t(`errors.${message}`) : undefined;
  };
  // On a mediator's tablet every label and hint also reads in French, for the mediator.
  const text = (field: 'applicantName' | 'mediatorName' | 'structure') => (
    <>
      <TextField
        dir="ltr"
        label={t(`form.${field}.label`)}
        hint={t(`form.${field}.hint`)}
        error={error(field)}
        autoComplete="off"
        maxLength={120}
        {...register(field)}
      />
      <Bilingual ns="mandate" text={(fr) => `${fr(`form.${field}.label`)} — ${fr(`form.${field}.hint`)}`} />
    </>
  );
  return (
    <form className="mandate-form" noValidate onSubmit={(event) => void handleSubmit(onNext)(event)} aria-labelledby="mandate-form-title">
      <h3 id="mandate-form-title">{t('form.title')}</h3>
      {text('applicantName')}
      {text('mediatorName')}
      {text('structure')}
      <ChoiceField
        legend={t('form.duration')}
        hint={t('form.durationHint')}
        error={error('duration')}
        options={mandateDurations.map((value) => ({ value, label: t(`durations.${value}`) }))}
        inputProps={register('duration')}
      />
      <Bilingual ns="mandate" text={(fr) => `${fr('form.duration')} — ${mandateDurations.map((value) => fr(`durations.${value}`)).join(' · ')}`} />
      <div className="step-actions">
        <Button variant="secondary" onClick={onCancel}>
          {t('form.cancel')}
        </Button>
        <Button type="submit">{t('form.next')}</Button>
      </div>
      <Bilingual ns="mandate" text={(fr) => `${fr('form.cancel')} · ${fr('form.next')}`} />
    </form>
  );
}
