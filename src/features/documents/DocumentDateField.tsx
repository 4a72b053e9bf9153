import { useTranslation } from 'react-i18next';
import type { IssuedWithin } from '@/domain';
import { saveAnswers } from '@/storage';
import { DateField } from '@/ui/DateField';
import { useAutosave } from '@/features/shared/useAutosave';

/**
 * The date printed on a document whose age matters (a proof of address "de moins de six mois",
 * annexe 10): asked right beside the document, saved as it is typed — through the autosave, so
 * that the day, month and year typed in quick succession are written in that order.
 */
export function DocumentDateField({
  issuedWithin,
  dossierId,
  stepId,
  value,
  error,
  editable,
}: {
  issuedWithin: IssuedWithin;
  dossierId: string;
  stepId: string;
  value: string;
  error: string | undefined;
  editable: boolean;
}) {
  const { t } = useTranslation('wizard');
  const autosave = useAutosave<string>((next) => saveAnswers(dossierId, { [issuedWithin.field]: next }, stepId));
  return (
    <DateField
      label={t(`fields.${issuedWithin.field}.label`)}
      hint={t(`fields.${issuedWithin.field}.hint`)}
      error={error ? t(`errors.${error}`) : undefined}
      partLabels={{ day: t('date.day'), month: t('date.month'), year: t('date.year') }}
      value={value}
      disabled={!editable}
      onChange={(next) => autosave.schedule(next)}
      onBlur={() => void autosave.flush()}
    />
  );
}
