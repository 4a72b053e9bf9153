/**
 * Languages shipped with Relais. Direction comes from here, never guessed from the text.
 * French is the source language: every key exists in French first.
 * Priority of the next ones (domain/ANEF.md): Chinese, Dari, Pashto, Turkish, Spanish, …
 */
export type TextDirection = 'ltr' | 'rtl';

export type Language = { code: string; nativeName: string; dir: TextDirection };

export const languages = [
  { code: 'fr', nativeName: 'Français', dir: 'ltr' },
  { code: 'en', nativeName: 'English', dir: 'ltr' },
  { code: 'ar', nativeName: 'العربية', dir: 'rtl' },
] as const satisfies readonly Language[];

export type LanguageCode = (typeof languages)[number]['code'];

export const SOURCE_LANGUAGE: LanguageCode = 'fr';

export const namespaces = ['common', 'wizard', 'help', 'mandate', 'device', 'lock'] as const;
export type Namespace = (typeof namespaces)[number];

export function findLanguage(code: string): Language | undefined {
  return languages.find((l) => l.code === code);
}

export function isLanguageCode(code: string): code is LanguageCode {
  return findLanguage(code) !== undefined;
}

/** The first of the person's browser languages that Relais speaks, else French. */
export function pickLanguage(preferred: readonly string[]): LanguageCode {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0] ?? '';
    if (isLanguageCode(base)) return base;
  }
  return SOURCE_LANGUAGE;
}
