import { forwardRef, useId, type SelectHTMLAttributes } from 'react';

export type SelectFieldProps = SelectHTMLAttributes<HTMLSelectElement> & {
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  /** Shown first with an empty value: nothing is chosen for the person. */
  placeholder: string;
  options: readonly { value: string; label: string }[];
};

/** A native list (the phone's own picker), with its label, hint and error tied to it like TextField. */
export const SelectField = forwardRef<HTMLSelectElement, SelectFieldProps>(function SelectField(
  { label, hint, error, placeholder, options, id, ...selectProps },
  ref,
) {
  const generated = useId();
  const selectId = id ?? generated;
  const describedBy = [hint ? `${selectId}-hint` : null, error ? `${selectId}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label htmlFor={selectId} className="field__label">
        {label}
      </label>
      {hint ? (
        <p id={`${selectId}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
      <select ref={ref} id={selectId} className="field__input" aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...selectProps}>
        <option value="">{placeholder}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {error ? (
        <p id={`${selectId}-error`} className="field__error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
});
