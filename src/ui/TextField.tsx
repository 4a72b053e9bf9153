import { forwardRef, useId, type InputHTMLAttributes } from 'react';
import { describedBy, FieldError, FieldHint } from './FieldNotes';

export type TextFieldProps = InputHTMLAttributes<HTMLInputElement> & {
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
};

/**
 * A text input with its label, hint and error (FieldNotes).
 */
export const TextField = forwardRef<HTMLInputElement, TextFieldProps>(function TextField(
  { label, hint, error, id, ...inputProps },
  ref,
) {
  const generated = useId();
  const inputId = id ?? generated;
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label htmlFor={inputId} className="field__label">
        {label}
      </label>
      <FieldHint id={inputId} hint={hint} />
      <input
        ref={ref}
        id={inputId}
        className="field__input"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(inputId, hint, error)}
        {...inputProps}
      />
      <FieldError id={inputId} error={error} />
    </div>
  );
});
