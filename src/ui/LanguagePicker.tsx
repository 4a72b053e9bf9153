import { useId } from 'react';

export type LanguagePickerProps = {
  label: string;
  value: string;
  languages: readonly { code: string; nativeName: string }[];
  onChange: (code: string) => void;
};

/**
 * Each language is written in itself ("العربية", not "Arabic"), so a person who reads only
 * their own language can find it; `lang` on each option lets screen readers pronounce it.
 */
export function LanguagePicker({ label, value, languages, onChange }: LanguagePickerProps) {
  const id = useId();
  return (
    <div className="language-picker">
      <label htmlFor={id} className="language-picker__label">
        {label}
      </label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)} className="language-picker__select">
        {languages.map((language) => (
          <option key={language.code} value={language.code} lang={language.code}>
            {language.nativeName}
          </option>
        ))}
      </select>
    </div>
  );
}
