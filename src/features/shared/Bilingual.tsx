import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { findLanguage, SOURCE_LANGUAGE, type Namespace } from '@/i18n/languages';
import { useBilingual } from './useBilingual';
import './bilingual.css';

type Props = {
  /** The same words in French, built with the French `t` (and values written the French way). */
  text: (french: TFunction<Namespace>) => string;
  ns?: Namespace;
};

/**
 * The French line for the mediator, under a text in the applicant's language; nothing when the
 * screen needs no French (see useBilingual). Always a paragraph, never a heading: the heading
 * outline stays the applicant's, read once. Its own `lang` and `dir` come from the language
 * registry, so a screen reader switches to a French voice and the line runs left to right inside
 * an Arabic page. The "FR" tag is for the eye; a screen reader hears, in the applicant's
 * language, why a French line follows.
 */
export function Bilingual({ text, ns = 'common' }: Props) {
  const french = useBilingual(ns);
  const { t, i18n } = useTranslation();
  if (!french) return null;
  const source = findLanguage(SOURCE_LANGUAGE);
  const reader = findLanguage(i18n.resolvedLanguage ?? i18n.language);
  return (
    <p className="bilingual-line" lang={SOURCE_LANGUAGE} dir={source?.dir ?? 'ltr'} data-testid="bilingual-fr">
      <span className="bilingual-line__tag" aria-hidden="true">
        {french('common:bilingual.tag')}
      </span>
      <span className="visually-hidden" lang={reader?.code} dir={reader?.dir}>
        {t('bilingual.forMediator')}
      </span>{' '}
      {text(french)}
    </p>
  );
}
