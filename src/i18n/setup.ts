import i18next, { type BackendModule, type PostProcessorModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { findLanguage, languages, namespaces, SOURCE_LANGUAGE, type LanguageCode } from './languages';
import { isolateFrenchTerms } from './frenchTerms';
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

/** French terms inside another language's text are isolated (src/i18n/frenchTerms.ts). */
const frenchTerms: PostProcessorModule = {
  type: 'postProcessor',
  name: 'frenchTerms',
  process(value, _key, options: { lng?: string }, translator: { language?: string }) {
    // A fixed `t` (the mediator's French line) names its language in the options.
    const language = options.lng ?? translator.language;
    return language === SOURCE_LANGUAGE ? value : isolateFrenchTerms(value);
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
    .use(frenchTerms)
    .use(initReactI18next)
    .init({
      lng: initial,
      fallbackLng: SOURCE_LANGUAGE,
      supportedLngs: languages.map((l) => l.code),
      ns: [...namespaces],
      defaultNS: 'common',
      interpolation: { escapeValue: false },
      returnNull: false,
      postProcess: ['frenchTerms'],
      react: { useSuspense: true },
    });
  applyDocumentLanguage(i18next.language);
  return i18next;
}
