import { forwardRef } from 'react';
import { TextField, type TextFieldProps } from '@/ui/TextField';
// The masking lives there: the device screen uses this field without the rest of the lock screen.
import './lock.css';

/**
 * A personal code field. A text input masked by CSS rather than type="password": a browser offers
 * to save what is typed in a password field, and a code saved in a shared tablet's browser would be
 * anyone's. The numeric keyboard comes up, and any script's digits are accepted (codePolicy).
 */
export const CodeField = forwardRef<HTMLInputElement, Omit<TextFieldProps, 'type'>>(function CodeField(props, ref) {
  return (
    <div className="lock-code">
      <TextField
        ref={ref}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        autoCorrect="off"
        autoCapitalize="off"
        spellCheck={false}
        maxLength={24}
        {...props}
      />
    </div>
  );
});

/** "m:ss" of a wait, rounded up: the screen never says 0:00 while the wait still holds. */
export function formatWait(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1_000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** A message of the `lock` namespace, translated when shown (the language may change meanwhile). */
export type Message = { key: string; values?: Record<string, string | number> };
