import { useTranslation } from 'react-i18next';
import { requestSync } from '@/app/syncService';
import { getOutboxByDossier, getReceipt, type DossierRecord } from '@/storage';
import { Button } from '@/ui/Button';
import { Notice } from '@/ui/Notice';
import { ReceiptCard } from '@/features/receipt/ReceiptCard';
import { formatParisDateTime } from '@/features/shared/formatting';
import { useLive } from '@/features/shared/useLive';

/** After "File": where delivery stands, in plain words, and the receipt once it exists. */
export function DeliveryStatus({ dossier }: { dossier: DossierRecord }) {
  const { t, i18n } = useTranslation(['common', 'wizard']);
  const outbox = useLive(`outbox:${dossier.id}:${dossier.status}`, () => getOutboxByDossier(dossier.id));
  const receipt = useLive(`receipt:${dossier.id}:${dossier.status}`, () => getReceipt(dossier.id));

  if (dossier.status === 'delivered') {
    return receipt.status === 'ready' && receipt.value ? <ReceiptCard receipt={receipt.value} /> : null;
  }
  if (dossier.status === 'sending') {
    return <Notice tone="info" title={t('delivery.sendingTitle')}>{t('delivery.sendingBody')}</Notice>;
  }
  if (dossier.status !== 'queued') return null;

  const row = outbox.status === 'ready' ? outbox.value : undefined;
  const offline = row?.lastError?.kind === 'offline';
  const paused = row?.lastError?.kind === 'conflict' || row?.lastError?.kind === 'fatal';
  const nextAttempt = row && !offline && !paused && row.attempts > 0 ? formatParisDateTime(row.nextAttemptAt, i18n.language) : null;
  return (
    <Notice tone="warning" title={t(offline ? 'delivery.offlineTitle' : 'delivery.waitingTitle')}>
      <p>{t(offline ? 'delivery.offlineBody' : 'delivery.waitingBody')}</p>
      {nextAttempt ? <p>{t('delivery.nextAttempt', { time: nextAttempt })}</p> : null}
      {paused ? <p>{t('delivery.paused')}</p> : null}
      <Button variant="secondary" onClick={() => requestSync('send-now')}>
        {t('sync.sendNow')}
      </Button>
    </Notice>
  );
}
