import { useTranslation } from 'react-i18next';
import { mandateStatus } from '@/domain';
import type { MandateRecord } from '@/storage';
import { formatParisDateTime } from '@/features/shared/formatting';
import { isolate } from './isolate';

/** Mandates that ended (revoked or expired), newest first: who could act, and until when. */
export function PastMandates({ mandates, at }: { mandates: readonly MandateRecord[]; at: number }) {
  const { t, i18n } = useTranslation('mandate');
  if (mandates.length === 0) return null;
  const date = (iso: string) => formatParisDateTime(iso, i18n.language);
  return (
    <div className="mandate-past">
      <h3>{t('past.title')}</h3>
      <ul data-testid="past-mandates">
        {[...mandates].reverse().map((mandate) => (
          <li key={mandate.id}>
            {t('past.item', {
              status: t(`status.${mandateStatus(mandate, at)}`),
              mediator: isolate(mandate.mediatorName),
              structure: isolate(mandate.structure),
              from: date(mandate.startsAt),
              until: date(mandate.endsAt),
            })}
            {mandate.revokedAt ? <> — {t('past.revokedAt', { date: date(mandate.revokedAt) })}</> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
