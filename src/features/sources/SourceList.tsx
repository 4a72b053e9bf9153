import { useTranslation } from 'react-i18next';
import { useDevice } from '@/state/device';
import { restsOnUnconfirmed, type LegalSource } from '@/domain';
import { findLanguage, SOURCE_LANGUAGE } from '@/i18n/languages';
import './sources.css';

/** The same source cited twice (a row and its §) is shown once. */
function distinct(sources: readonly LegalSource[]): LegalSource[] {
  const seen = new Set<string>();
  return sources.filter((source) => (seen.has(source.ref) ? false : (seen.add(source.ref), true)));
}

/**
 * Where a rule comes from, for the mediator: every citation in French (its own `lang` and `dir`,
 * so it runs left to right and is voiced in French inside an Arabic page), and those the catalogue
 * marks `unconfirmed` flagged « à vérifier avec la préfecture » (docs/reviews/legal-2026-12.md row 21). Open on a
 * mediator's tablet, folded elsewhere — but the summary says at once when something is unconfirmed,
 * so nobody has to unfold it to learn that a rule is uncertain.
 */
export function SourceList({ sources }: { sources: readonly LegalSource[] }) {
  const { t } = useTranslation();
  const { mode } = useDevice();
  const shown = distinct(sources);
  if (shown.length === 0) return null;
  const uncertain = restsOnUnconfirmed(shown);
  const french = findLanguage(SOURCE_LANGUAGE);
  return (
    <details className="sources" open={mode.mode === 'mediator'} data-testid="sources" data-unconfirmed={uncertain ? 'true' : 'false'}>
      <summary className="sources__summary">
        {t('sources.title', { n: shown.length })}
        {uncertain ? <span className="sources__check"> — {t('sources.toCheck')}</span> : null}
      </summary>
      <ul className="sources__list">
        {shown.map((source) => (
          <li key={source.ref}>
            {/* A kiosk never sends anyone off to another site: the citation is enough there. */}
            {mode.mode === 'kiosk' ? (
              <span lang={SOURCE_LANGUAGE} dir={french?.dir ?? 'ltr'}>
                {source.ref}
              </span>
            ) : (
              <a href={source.url} lang={SOURCE_LANGUAGE} dir={french?.dir ?? 'ltr'} rel="noreferrer" target="_blank">
                {source.ref}
              </a>
            )}
            {source.unconfirmed === true ? <span className="sources__mark">{t('sources.unconfirmed')}</span> : null}
          </li>
        ))}
      </ul>
    </details>
  );
}
