import { intlLocale } from '@/i18n/languages';
import { useTranslation } from 'react-i18next';
import type { OutboxRecord } from '@/storage';

type Progress = NonNullable<OutboxRecord['progress']>;

function megabytes(bytes: number, language: string): string {
  return new Intl.NumberFormat(intlLocale(language), { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(bytes / (1024 * 1024));
}

/**
 * Documents n of m and bytes, as the sender (this tab, another tab or the service worker) last
 * wrote them. On 2G a dossier takes minutes: a moving figure tells the person nothing is stuck.
 */
export function DeliveryProgress({ progress }: { progress: Progress }) {
  const { t, i18n } = useTranslation('common');
  const current = Math.min(progress.documentsDone + 1, progress.documentsTotal);
  return (
    <div className="delivery-progress" data-testid="delivery-progress">
      <p>
        {t('delivery.progress', {
          n: current,
          total: progress.documentsTotal,
          sent: megabytes(progress.bytesSent, i18n.language),
          size: megabytes(progress.bytesTotal, i18n.language),
        })}
      </p>
      <progress className="delivery-progress__bar" max={Math.max(1, progress.bytesTotal)} value={progress.bytesSent} aria-hidden="true" />
    </div>
  );
}
