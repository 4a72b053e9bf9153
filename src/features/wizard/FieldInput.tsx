import type { UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { FieldDefinition } from '@/domain';
import { ChoiceField } from '@/ui/ChoiceField';
import { TextField } from '@/ui/TextField';

type FormValues = Record<string, string>;

/** Input attributes per field kind: the right keyboard on phones, and autofill where it helps. */
function inputAttributes(field: FieldDefinition) {
  switch (field.kind) {
    case 'date-past':
    case 'date-expiry':
      return { type: 'date' } as const;
    case 'foreigner-number':
    case 'postcode':
    case 'count':
      return { type: 'text', inputMode: 'numeric' } as const;
    default:
      return { type: 'text' } as const;
  }
}

export function FieldInput({
  field,
  register,
  error,
  refusal,
  disabled,
}: {
  field: FieldDefinition;
  register: UseFormRegister<FormValues>;
  error: string | undefined;
  /** The national service's refusal code for this answer, while it is unchanged. */
  refusal?: string | undefined;
  disabled: boolean;
}) {
  const { t } = useTranslation('wizard');
  const label = t(`fields.${field.id}.label`) + (field.required ? '' : ` ${t('optional')}`);
  const hint = t(`fields.${field.id}.hint`);
  const refusalText = refusal ? t(`serverRefusal.${refusal}`, { defaultValue: t('serverRefusal.generic') }) : undefined;
  const errorText = error ? t(`errors.${error}`) : refusalText;
  if (field.kind === 'choice') {
    return (
      <ChoiceField
        legend={label}
        hint={hint}
        error={errorText}
        options={(field.options ?? []).map((value) => ({ value, label: t(`options.${field.id}.${value}`) }))}
        inputProps={{ ...register(field.id), disabled }}
      />
    );
  }
  return (
    <TextField
      label={label}
      hint={hint}
      error={errorText}
      autoComplete={field.autocomplete ?? 'on'}
      required={field.required}
      disabled={disabled}
      {...inputAttributes(field)}
      {...register(field.id)}
    />
  );
}
