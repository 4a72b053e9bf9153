/**
 * Languages shipped with Relais. Direction comes from here, never guessed from the text.
 * French is the source language: every key exists in French first.
 * Priority of the next ones (docs/anef.md, "Numbers"): Chinese, Dari, Pashto, Turkish, Spanish, …
 */
export type TextDirection = 'ltr' | 'rtl';

/**
 * `intl`: the locale dates and numbers are written in. Arabic in France uses Latin digits, as the
 * administrations of the Maghreb do (docs/reviews/legal-2026-12.md §2): pinned, not left to the browser's ICU.
 */
export type Language = { code: string; nativeName: string; dir: TextDirection; intl: string };

export const languages = [
  { code: 'fr', nativeName: 'Français', dir: 'ltr', intl: 'fr-FR' },
  { code: 'en', nativeName: 'English', dir: 'ltr', intl: 'en-GB' },
  { code: 'ar', nativeName: 'العربية', dir: 'rtl', intl: 'ar-u-nu-latn' },
] as const satisfies readonly Language[];

export type LanguageCode = (typeof languages)[number]['code'];

export const SOURCE_LANGUAGE: LanguageCode = 'fr';

export const namespaces = ['common', 'wizard', 'help', 'mandate', 'device', 'lock'] as const;
export type Namespace = (typeof namespaces)[number];

export function findLanguage(code: string): Language | undefined {
  return languages.find((l) => l.code === code);
}

/** The Intl locale for a language of the registry (the code itself for anything else). */
export function intlLocale(code: string): string {
  return findLanguage(code)?.intl ?? code;
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
