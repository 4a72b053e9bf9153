import { forwardRef, useId, useState, type FocusEvent } from 'react';
import { describedBy, FieldError, FieldHint } from './FieldNotes';

/** The three parts as typed; `joinDateParts` turns them into what is stored. */
export type DateParts = { day: string; month: string; year: string };

/**
 * What is stored for three typed parts: the ISO date once day, month and four-digit year are there
 * (1–2 digits padded), else the parts as typed ("2026--8"), which the field rules call "not a date"
 * and which a reload gives back to the same boxes. Nothing typed: empty.
 */
export function joinDateParts({ day, month, year }: DateParts): string {
  if (day === '' && month === '' && year === '') return '';
  const complete = /^\d{1,2}$/.test(day) && /^\d{1,2}$/.test(month) && /^\d{4}$/.test(year);
  return complete ? `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}` : `${year}-${month}-${day}`;
}

export function splitDateParts(value: string): DateParts {
  const match = /^(\d*)-(\d*)-(\d*)$/.exec(value);
  return match ? { year: match[1] ?? '', month: match[2] ?? '', day: match[3] ?? '' } : { day: '', month: '', year: '' };
}

export type DateFieldProps = {
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  /** "Jour", "Mois", "Année" in the person's language. */
  partLabels: { day: string; month: string; year: string };
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  disabled?: boolean;
  required?: boolean;
  name?: string;
};

/** Enough for every keystroke of a date (2 + 2 + 4) and a few corrections. */
const MAX_SENT = 16;

const digits = (text: string, max: number) => text.replace(/\D/g, '').slice(0, max);

/**
 * A date as French papers write it — day, month, year — whatever the browser's language: a native
 * date input follows the browser (mm/dd/yyyy under an en-US locale, under a hint saying "day, month,
 * year"). Three number boxes, always left to right (also inside an Arabic page), with the numeric
 * keyboard; the group is named by the question, each box by its part.
 */
export const DateField = forwardRef<HTMLInputElement, DateFieldProps>(function DateField(
  { label, hint, error, partLabels, value, onChange, onBlur, disabled, required, name },
  ref,
) {
  const id = useId();
  const [parts, setParts] = useState<DateParts>(() => splitDateParts(value));
  const [seen, setSeen] = useState(value);
  // What the boxes sent since the last value from outside. A value that comes back is an echo of
  // the boxes' own typing, however late: where the value is saved and read back (a document's date,
  // through the autosave), the echo of the day can arrive after the month was typed, and taking it
  // would empty the month. Only a value never sent from here (another tab, a reset) fills the boxes.
  const [sent, setSent] = useState<readonly string[]>([]);
  if (value !== seen) {
    setSeen(value);
    if (!sent.includes(value) && value !== joinDateParts(parts)) {
      setParts(splitDateParts(value));
      setSent([]);
    }
  }
  const update = (part: keyof DateParts, text: string) => {
    const next = { ...parts, [part]: digits(text, part === 'year' ? 4 : 2) };
    const joined = joinDateParts(next);
    setParts(next);
    setSent((before) => [...before.slice(-MAX_SENT + 1), joined]);
    onChange(joined);
  };
  const onGroupBlur = (event: FocusEvent<HTMLFieldSetElement>) => {
    // Leaving the whole date, not moving from the day to the month.
    if (!event.currentTarget.contains(event.relatedTarget)) onBlur?.();
  };
  const notes = describedBy(id, hint, error);
  const box = (part: keyof DateParts, size: number, forwarded?: typeof ref) => (
    <label className={`date-field__part date-field__part--${part}`}>
      <span className="date-field__part-label">{partLabels[part]}</span>
      <input
        ref={forwarded}
        className="field__input date-field__input"
        type="text"
        inputMode="numeric"
        autoComplete="off"
        maxLength={size}
        size={size}
        name={name ? `${name}.${part}` : undefined}
        value={parts[part]}
        disabled={disabled}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={notes}
        onChange={(event) => update(part, event.currentTarget.value)}
      />
    </label>
  );
  return (
    <fieldset className={`field date-field${error ? ' field--invalid' : ''}`} onBlur={onGroupBlur}>
      <legend className="field__label">{label}</legend>
      <FieldHint id={id} hint={hint} />
      <div className="date-field__parts" dir="ltr">
        {box('day', 2, ref)}
        {box('month', 2)}
        {box('year', 4)}
      </div>
      <FieldError id={id} error={error} />
    </fieldset>
  );
});
