import { useTranslation } from 'react-i18next';
import type { IssuedWithin } from '@/domain';
import { saveAnswers } from '@/storage';
import { TextField } from '@/ui/TextField';

/**
 * The date printed on a document whose age matters (a proof of address "de moins de six mois",
 * annexe 10): asked right beside the document, saved as soon as it is picked.
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
  return (
    <TextField
      type="date"
      label={t(`fields.${issuedWithin.field}.label`)}
      hint={t(`fields.${issuedWithin.field}.hint`)}
      error={error ? t(`errors.${error}`) : undefined}
      defaultValue={value}
      disabled={!editable}
      onChange={(event) => void saveAnswers(dossierId, { [issuedWithin.field]: event.currentTarget.value }, stepId)}
    />
  );
}
