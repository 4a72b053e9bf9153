import { useTranslation } from 'react-i18next';
import type { Answers } from '@/contract';
import { applicableFields, type FieldDefinition, type Procedure } from '@/domain';
import { Button } from '@/ui/Button';
import { countryName } from '@/features/shared/countryName';
import { formatCalendarDate } from '@/features/shared/formatting';

function displayValue(field: FieldDefinition, value: Answers[string] | undefined, t: (key: string) => string, language: string): string {
  if (typeof value !== 'string' || value.trim() === '') return t('notAnswered');
  if (field.kind === 'choice') return t(`options.${field.id}.${value}`);
  if (field.kind === 'date-past' || field.kind === 'date-expiry') return formatCalendarDate(value, language);
  if (field.kind === 'country') return countryName(value, language, (code) => t(`countries.${code}`));
  return value;
}

/** A value the person typed (not a translated choice, not a date written in their language). */
function typed(field: FieldDefinition, value: Answers[string] | undefined): boolean {
  const written = field.kind === 'choice' || field.kind === 'country' || field.kind === 'date-past' || field.kind === 'date-expiry';
  return !written && typeof value === 'string' && value.trim() !== '';
}

/** Everything answered, step by step, each with a way back to change it. */
export function AnswerSummary({
  procedure,
  answers,
  editable,
  onEditStep,
}: {
  procedure: Procedure;
  answers: Answers;
  editable: boolean;
  onEditStep: (stepId: string) => void;
}) {
  const { t, i18n } = useTranslation('wizard');
  return (
    <>
      {procedure.steps.map((step) =>
        step.kind === 'fields' ? (
          <section key={step.id} className="summary-section" aria-labelledby={`summary-${step.id}`}>
            <div className="summary-section__head">
              <h2 id={`summary-${step.id}`}>{t(`steps.${step.id}`)}</h2>
              {editable ? (
                <Button variant="link" onClick={() => onEditStep(step.id)} aria-label={t('changeStep', { step: t(`steps.${step.id}`) })}>
                  {t('change')}
                </Button>
              ) : null}
            </div>
            <dl className="summary-list">
              {applicableFields(step, answers).map((field) => (
                <div key={field.id} className="summary-list__row">
                  <dt>{t(`fields.${field.id}.label`)}</dt>
                  <dd>
                    {/* Isolated: a typed value keeps its own order inside a right-to-left page. */}
                    <bdi dir={typed(field, answers[field.id]) ? 'ltr' : undefined}>{displayValue(field, answers[field.id], t, i18n.language)}</bdi>
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        ) : null,
      )}
    </>
  );
}
