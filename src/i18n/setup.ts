import i18next, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { findLanguage, languages, namespaces, SOURCE_LANGUAGE, type LanguageCode } from './languages';
import { loadLocale } from './loadLocale';

const lazyBackend: BackendModule = {
  type: 'backend',
  init() {
    // Nothing to set up: files are bundled chunks, loaded on demand by read().
  },
  read(language, namespace, callback) {
    loadLocale(language, namespace as (typeof namespaces)[number]).then(
      (data) => callback(null, data),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};

/** lang and dir on <html> follow the language, so screen readers and layout switch with it. */
function applyDocumentLanguage(code: string): void {
  const language = findLanguage(code) ?? findLanguage(SOURCE_LANGUAGE);
  if (!language) return;
  document.documentElement.lang = language.code;
  document.documentElement.dir = language.dir;
}

export async function setupI18n(initial: LanguageCode): Promise<typeof i18next> {
  i18next.on('languageChanged', applyDocumentLanguage);
  await i18next
    .use(lazyBackend)
    .use(initReactI18next)
    .init({
      lng: initial,
      fallbackLng: SOURCE_LANGUAGE,
      supportedLngs: languages.map((l) => l.code),
      ns: [...namespaces],
      defaultNS: 'common',
      interpolation: { escapeValue: false },
      returnNull: false,
      react: { useSuspense: true },
    });
  applyDocumentLanguage(i18next.language);
  return i18next;
}
