import { useId, type InputHTMLAttributes, type ReactNode } from 'react';
import { describedBy, FieldError, FieldHint } from './FieldNotes';

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
  return (
    <fieldset className={`field choice${error ? ' field--invalid' : ''}`} aria-describedby={describedBy(id, hint, error)}>
      <legend className="field__label">{legend}</legend>
      <FieldHint id={id} hint={hint} />
      <div className="choice__options">
        {options.map((option) => (
          <label key={option.value} className="choice__option">
            <input type="radio" value={option.value} aria-invalid={error ? true : undefined} {...inputProps} />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      <FieldError id={id} error={error} />
    </fieldset>
  );
}
