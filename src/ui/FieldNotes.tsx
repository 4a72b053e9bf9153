import type { ReactNode } from 'react';

/**
 * The hint and the error of a field, shared by every kind of field: each has an id the control
 * names in aria-describedby, so a screen reader reads them with it; the error is role="alert", so
 * it is announced when it appears.
 */
export function describedBy(id: string, hint: ReactNode, error: ReactNode): string | undefined {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
}

export function FieldHint({ id, hint }: { id: string; hint: ReactNode }) {
  return hint ? (
    <p id={`${id}-hint`} className="field__hint">
      {hint}
    </p>
  ) : null;
}

export function FieldError({ id, error }: { id: string; error: ReactNode }) {
  return error ? (
    <p id={`${id}-error`} className="field__error" role="alert">
      {error}
    </p>
  ) : null;
}
