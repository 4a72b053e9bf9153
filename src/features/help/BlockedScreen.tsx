import { useTranslation } from 'react-i18next';
import { Link } from '@/features/shared/Link';

/**
 * When the online service fails, a person must know they have other ways, in their language.
 * Conseil d'État, 3 June 2022, n° 452798: online-only filing is lawful only with accompaniment and a
 * substitution solution; CESEDA R. 431-2 (arrêté of 1 August 2023) creates that physical reception.
 */
const CONTACT_CENTRE_PHONE = '0806 001 620';

export function BlockedScreen() {
  const { t } = useTranslation('help');
  return (
    <div className="screen help">
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>

      <section className="help-card" aria-labelledby="help-ccc">
        <h2 id="help-ccc">{t('ccc.title')}</h2>
        <p>{t('ccc.body')}</p>
        <p>
          <a className="button button--secondary" href={`tel:${CONTACT_CENTRE_PHONE.replace(/\s/g, '')}`} dir="ltr">
            {t('ccc.call', { phone: CONTACT_CENTRE_PHONE })}
          </a>
        </p>
        <p className="field__hint">{t('ccc.limits')}</p>
      </section>

      <section className="help-card" aria-labelledby="help-pan">
        <h2 id="help-pan">{t('pan.title')}</h2>
        <p>{t('pan.body')}</p>
        <p className="field__hint">{t('pan.limits')}</p>
      </section>

      <section className="help-card" aria-labelledby="help-physical">
        <h2 id="help-physical">{t('physical.title')}</h2>
        <p>{t('physical.body')}</p>
        <ul>
          <li>{t('physical.keepProofs')}</li>
          <li>{t('physical.printDossier')}</li>
          <li>{t('physical.goToPrefecture')}</li>
        </ul>
        <p className="notice__source">{t('physical.sources')}</p>
      </section>

      <Link to={{ name: 'home' }}>{t('common:backHome')}</Link>
    </div>
  );
}
