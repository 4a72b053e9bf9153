import { useId, type InputHTMLAttributes, type ReactNode } from 'react';

export type ChoiceFieldProps = {
  legend: string;
  hint?: string | undefined;
  error?: string | undefined;
  /** A label may mark parts of itself (French terms inside a translation). */
  options: readonly { value: string; label: ReactNode }[];
  /** Props from react-hook-form's register(), spread on every radio. */
  inputProps: InputHTMLAttributes<HTMLInputElement> & { ref?: React.Ref<HTMLInputElement> };
};

/** A radio group in a fieldset: the legend is the question, each choice a large touch target. */
export function ChoiceField({ legend, hint, error, options, inputProps }: ChoiceFieldProps) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset className={`field choice${error ? ' field--invalid' : ''}`} aria-describedby={describedBy}>
      <legend className="field__label">{legend}</legend>
      {hint ? (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
      <div className="choice__options">
        {options.map((option) => (
          <label key={option.value} className="choice__option">
            <input type="radio" value={option.value} aria-invalid={error ? true : undefined} {...inputProps} />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      {error ? (
        <p id={`${id}-error`} className="field__error" role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
