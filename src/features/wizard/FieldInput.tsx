import type { UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useSharedDevice } from '@/app/device';
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
  // On a shared device, "off": Chromium then neither offers this person's answers to the next one
  // (autofill history, kept in clear in the profile's "Web Data") nor writes them into its session
  // files to restore the form after a crash (form state is not saved for autocomplete=off fields).
  const shared = useSharedDevice();
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
      autoComplete={shared ? 'off' : (field.autocomplete ?? 'on')}
      required={field.required}
      disabled={disabled}
      {...inputAttributes(field)}
      {...register(field.id)}
    />
  );
}
