import { useTranslation } from 'react-i18next';
import { findLanguage } from '@/i18n/languages';
import type { MandateRecord } from '@/storage';
import { formatParisDateTime } from '@/features/shared/formatting';

/** The mandate's terms as a list, the digest in full (what the QR code holds). */
export function MandateSummary({ mandate }: { mandate: MandateRecord }) {
  const { t, i18n } = useTranslation('mandate');
  const rows: [string, React.ReactNode][] = [
    ['applicant', <bdi key="a">{mandate.applicantName}</bdi>],
    ['mediator', <bdi key="m">{mandate.mediatorName}</bdi>],
    ['structure', <bdi key="s">{mandate.structure}</bdi>],
    ['scope', t(`scopes.${mandate.scope}`)],
    ['duration', t(`durations.${mandate.duration}`)],
    ['from', formatParisDateTime(mandate.startsAt, i18n.language)],
    ['until', formatParisDateTime(mandate.endsAt, i18n.language)],
    ['language', findLanguage(mandate.applicantLanguage)?.nativeName ?? mandate.applicantLanguage],
    ['version', mandate.consentVersion],
  ];
  if (mandate.revokedAt) rows.push(['revokedAt', formatParisDateTime(mandate.revokedAt, i18n.language)]);
  return (
    <dl className="summary-list">
      {rows.map(([key, value]) => (
        <div className="summary-list__row" key={key}>
          <dt>{t(`details.${key}`)}</dt>
          <dd>{value}</dd>
        </div>
      ))}
      <div className="summary-list__row">
        <dt>{t('details.digest')}</dt>
        <dd className="mandate-digest" data-testid="mandate-digest">
          <span dir="ltr">{mandate.digest}</span>
        </dd>
      </div>
    </dl>
  );
}
