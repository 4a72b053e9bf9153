import { intlLocale } from '@/i18n/languages';

/**
 * A nationality's name in the person's language: ISO codes from the browser (Intl.DisplayNames),
 * the ICAO stateless and refugee codes (three letters) from the locales through `special`.
 */
export function countryName(code: string, language: string, special: (code: string) => string): string {
  if (code.length === 3) return special(code);
  return new Intl.DisplayNames([intlLocale(language)], { type: 'region', fallback: 'code' }).of(code) ?? code;
}
