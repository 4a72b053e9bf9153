import { Controller, type Control, type UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useSharedDevice } from '@/state/device';
import { countryCodes, restsOnUnconfirmed, type FieldDefinition } from '@/domain';
import { intlLocale } from '@/i18n/languages';
import { ChoiceField } from '@/ui/ChoiceField';
import { DateField } from '@/ui/DateField';
import { SelectField } from '@/ui/SelectField';
import { SourceList } from '@/features/sources/SourceList';
import { countryName } from '@/features/shared/countryName';
import { TextField } from '@/ui/TextField';
import { FrenchTerms } from '@/features/shared/FrenchTerms';
import { Bilingual } from '@/features/shared/Bilingual';

type FormValues = Record<string, string>;

/** Input attributes per field kind: the right keyboard on phones, and autofill where it helps. */
function inputAttributes(field: FieldDefinition) {
  switch (field.kind) {
    case 'foreigner-number':
    case 'postcode':
    case 'count':
      return { type: 'text', inputMode: 'numeric' } as const;
    default:
      return { type: 'text' } as const;
  }
}

/**
 * Nationalities in the person's language, alphabetically as their language sorts: names from the
 * browser (Intl.DisplayNames), the two ICAO cases (stateless, refugee) from the locales.
 */
function countryOptions(language: string, special: (code: string) => string) {
  const collator = new Intl.Collator(intlLocale(language));
  return countryCodes
    .map((code) => ({ value: code, label: countryName(code, language, special) }))
    .sort((a, b) => collator.compare(a.label, b.label));
}

/**
 * A question whose rule rests on an unconfirmed source shows it, marked « à vérifier avec la
 * préfecture », right under it (docs/reviews/legal-2026-12.md row 21); confirmed ones keep the form light.
 */
export function FieldInput(props: FieldInputProps) {
  const sources = props.field.sources ?? [];
  const { id } = props.field;
  return (
    <>
      <FieldControl {...props} />
      {/* On a mediator's tablet, the question in French too (nothing on a phone or in French). */}
      <Bilingual ns="wizard" text={(fr) => `${fr(`fields.${id}.label`)} — ${fr(`fields.${id}.hint`)}`} />
      {restsOnUnconfirmed(sources) ? <SourceList sources={sources} /> : null}
    </>
  );
}

type FieldInputProps = {
  field: FieldDefinition;
  register: UseFormRegister<FormValues>;
  control: Control<FormValues>;
  error: string | undefined;
  /** The national service's refusal code for this answer, while it is unchanged. */
  refusal?: string | undefined;
  disabled: boolean;
};

function FieldControl({
  field,
  register,
  control,
  error,
  refusal,
  disabled,
}: FieldInputProps) {
  const { t, i18n } = useTranslation('wizard');
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
        options={(field.options ?? []).map((value) => ({ value, label: <FrenchTerms text={t(`options.${field.id}.${value}`)} /> }))}
        inputProps={{ ...register(field.id), disabled }}
      />
    );
  }
  if (field.kind === 'date-past' || field.kind === 'date-expiry') {
    return (
      <Controller
        name={field.id}
        control={control}
        render={({ field: date }) => (
          <DateField
            ref={date.ref}
            name={date.name}
            label={label}
            hint={hint}
            error={errorText}
            partLabels={{ day: t('date.day'), month: t('date.month'), year: t('date.year') }}
            value={date.value ?? ''}
            onChange={date.onChange}
            onBlur={date.onBlur}
            disabled={disabled}
          />
        )}
      />
    );
  }
  if (field.kind === 'country') {
    return (
      <SelectField
        label={label}
        hint={hint}
        error={errorText}
        placeholder={t('choose')}
        options={countryOptions(i18n.language, (code) => t(`countries.${code}`))}
        required={field.required}
        disabled={disabled}
        {...register(field.id)}
      />
    );
  }
  // What is typed here is Latin letters and digits (names as on the passport, numbers, French
  // addresses): left to right even inside an Arabic page, so "12 rue des Lilas" and a tax stamp
  // show in the order they were typed, not mirrored.
  return (
    <TextField
      dir="ltr"
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
