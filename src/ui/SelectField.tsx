import { forwardRef, useId, type SelectHTMLAttributes } from 'react';
import { describedBy, FieldError, FieldHint } from './FieldNotes';

export type SelectFieldProps = SelectHTMLAttributes<HTMLSelectElement> & {
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  /** Shown first with an empty value: nothing is chosen for the person. */
  placeholder: string;
  options: readonly { value: string; label: string }[];
};

/** A native list (the phone's own picker), with its label, hint and error (FieldNotes). */
export const SelectField = forwardRef<HTMLSelectElement, SelectFieldProps>(function SelectField(
  { label, hint, error, placeholder, options, id, ...selectProps },
  ref,
) {
  const generated = useId();
  const selectId = id ?? generated;
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label htmlFor={selectId} className="field__label">
        {label}
      </label>
      <FieldHint id={selectId} hint={hint} />
      <select ref={ref} id={selectId} className="field__input" aria-invalid={error ? true : undefined} aria-describedby={describedBy(selectId, hint, error)} {...selectProps}>
        <option value="">{placeholder}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldError id={selectId} error={error} />
    </div>
  );
});
