import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { findLanguage, SOURCE_LANGUAGE } from '@/i18n/languages';
import { ConsentText, type ConsentTerms } from './ConsentText';

/**
 * The consent text side by side in French (the language of the mandate and of the administration)
 * and in the person's language, as Aidants Connect gives translated copies. One column when the
 * person reads French, or when their language is not one Relais ships.
 */
export function BilingualConsent({ terms, applicantLanguage }: { terms: ConsentTerms; applicantLanguage: string }) {
  const { t } = useTranslation();
  const languages = applicantLanguage !== SOURCE_LANGUAGE && findLanguage(applicantLanguage) ? [SOURCE_LANGUAGE, applicantLanguage] : [SOURCE_LANGUAGE];
  return (
    // The other language's text may still be loading (one lazy file): only this block waits.
    <Suspense fallback={<p>{t('loading')}</p>}>
      <div className={`bilingual${languages.length > 1 ? ' bilingual--two' : ''}`} data-testid="bilingual-consent">
        {languages.map((code) => (
          <ConsentText key={code} terms={terms} lng={code} />
        ))}
      </div>
    </Suspense>
  );
}
