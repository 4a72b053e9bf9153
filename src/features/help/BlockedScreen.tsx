import { useTranslation } from 'react-i18next';
import type { LegalSource } from '@/domain';
import { sources } from '@/procedures/shared/sources';
import { SourceList } from '@/features/sources/SourceList';
import { Link } from '@/features/shared/Link';
import './help.css';

/**
 * When the online service fails, the real order of the ways out (docs/reviews/legal-2026-12.md row 5; arrêté of
 * 1 August 2023 under CESEDA R. 431-2): the Centre de contact citoyens first, with its ticket number
 * kept (its agents pass anomalies to the DGEF, they cannot fix a file); then a written request for
 * the substitution channel citing R. 431-2, with the proofs of every attempt; then, with a lawyer,
 * the urgent application « référé mesures utiles » (CJA L. 521-3); and the Défenseur des droits.
 * The substitution channel opens only when the prefecture invites the person: walking in uninvited
 * is usually turned away, so the page says so instead of sending people to queue.
 * Conseil d'État, 3 June 2022, n° 452798: online-only filing is lawful only with this way out.
 */
const CONTACT_CENTRE_PHONE = '0806 001 620';

const steps: { id: string; items: string[]; sources: LegalSource[] }[] = [
  { id: 'ccc', items: ['ticket', 'limits'], sources: [sources.arrete1Aug2023] },
  { id: 'written', items: ['when', 'what', 'where', 'proof'], sources: [sources.r4312, sources.arrete1Aug2023, sources.ce452798] },
  { id: 'court', items: ['what', 'lawyer'], sources: [sources.cjaL5213, sources.ceUrgency, sources.aideJuridictionnelle] },
  { id: 'ddd', items: ['what'], sources: [sources.defenseurDesDroits] },
];

export function BlockedScreen() {
  const { t } = useTranslation('help');
  return (
    <div className="screen help">
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <p className="help-warning" data-testid="no-walk-in">
        {t('noWalkIn')}
      </p>
      <ol className="help-steps">
        {steps.map((step, index) => (
          <li key={step.id} className="help-card">
            <h2 id={`help-${step.id}`}>{t(`${step.id}.title`, { n: index + 1 })}</h2>
            <p>{t(`${step.id}.body`)}</p>
            {step.id === 'ccc' ? (
              <p>
                <a className="button button--secondary" href={`tel:${CONTACT_CENTRE_PHONE.replace(/\s/g, '')}`} dir="ltr">
                  {t('ccc.call', { phone: CONTACT_CENTRE_PHONE })}
                </a>
              </p>
            ) : null}
            <ul>
              {step.items.map((item) => (
                <li key={item}>{t(`${step.id}.${item}`)}</li>
              ))}
            </ul>
            <SourceList sources={step.sources} />
          </li>
        ))}
      </ol>
      <section className="help-card" aria-labelledby="help-pan">
        <h2 id="help-pan">{t('pan.title')}</h2>
        <p>{t('pan.body')}</p>
        <p className="field__hint">{t('pan.limits')}</p>
      </section>
      <p>{t('keep')}</p>
      <Link to={{ name: 'home' }}>{t('common:backHome')}</Link>
    </div>
  );
}
