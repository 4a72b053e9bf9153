import { useTranslation } from 'react-i18next';
import type { Procedure } from '@/domain';
import { requestSync } from '@/state/syncService';
import { getOutboxByDossier, getReceipt, TamperedRecordError, type DossierRecord, type OutboxRecord } from '@/storage';
import { Button } from '@/ui/Button';
import { Notice } from '@/ui/Notice';
import { FollowUpPanel } from '@/features/followup/FollowUpPanel';
import { ReceiptCard } from '@/features/receipt/ReceiptCard';
import { SignatureLine } from '@/features/receipt/SignatureLine';
import { Bilingual } from '@/features/shared/Bilingual';
import { formatParisDateTime } from '@/features/shared/formatting';
import { useLive } from '@/state/useLive';
import { DeliveryProgress } from './DeliveryProgress';
import { receiverVars, useFiledReceiver } from '@/features/shared/receiver';

/** Why the last attempt failed, in words a person can act on (never a bare status code). */
function reasonKey(row: OutboxRecord): string | null {
  const error = row.lastError;
  if (!error) return null;
  if (error.kind === 'server') {
    if (error.status === 429) return 'delivery.reasons.busy';
    if (error.status === undefined || error.status >= 500) return 'delivery.reasons.server';
    return 'delivery.reasons.unexpected';
  }
  return `delivery.reasons.${error.kind}`;
}

/** After "File": where delivery stands, in plain words, and the receipt once it exists. */
export function DeliveryStatus({ dossier, procedure }: { dossier: DossierRecord; procedure: Procedure }) {
  const { t, i18n } = useTranslation(['common', 'wizard']);
  // Once filed, the receiver it was filed with: the deployment may have changed its receiver since.
  const receiver = useFiledReceiver(dossier.id);
  const to = receiverVars(receiver);
  const outbox = useLive(`outbox:${dossier.id}:${dossier.status}`, () => getOutboxByDossier(dossier.id));
  const receipt = useLive(`receipt:${dossier.id}:${dossier.status}`, () => getReceipt(dossier.id));

  if (dossier.status === 'delivered') {
    // Altered on the device (its sealed bytes fail to open): said like a forged signature, never shown.
    if (receipt.status === 'error' && receipt.error instanceof TamperedRecordError) {
      return <SignatureLine check="invalid" subject="receipt" receiver={receiver} />;
    }
    return receipt.status === 'ready' && receipt.value ? (
      <>
        <ReceiptCard receipt={receipt.value} />
        <FollowUpPanel dossierId={dossier.id} procedure={procedure} filedAt={receipt.value.filedAt} />
      </>
    ) : null;
  }
  const row = outbox.status === 'ready' ? outbox.value : undefined;
  if (dossier.status === 'sending') {
    return (
      <Notice tone="info" title={t('delivery.sendingTitle')}>
        <Bilingual text={(fr) => fr('delivery.sendingTitle')} />
        <p>{t('delivery.sendingBody', to)}</p>
        <Bilingual text={(fr) => fr('delivery.sendingBody', to)} />
        {row?.progress ? <DeliveryProgress progress={row.progress} /> : null}
      </Notice>
    );
  }
  if (dossier.status !== 'queued') return null;

  const offline = row?.lastError?.kind === 'offline';
  const signIn = row?.lastError?.kind === 'sign-in';
  const paused = row?.lastError?.kind === 'conflict' || row?.lastError?.kind === 'fatal';
  const nextAttempt = row && !offline && !paused && !signIn && row.attempts > 0 ? formatParisDateTime(row.nextAttemptAt, i18n.language) : null;
  const reason = row && !offline ? reasonKey(row) : null;
  const title = offline ? 'delivery.offlineTitle' : 'delivery.waitingTitle';
  const body = offline ? 'delivery.offlineBody' : 'delivery.waitingBody';
  return (
    <Notice tone="warning" title={t(title)}>
      <Bilingual text={(fr) => fr(title)} />
      <p>{t(body, to)}</p>
      <Bilingual text={(fr) => fr(body, to)} />
      {reason ? <p data-testid="delivery-reason">{t(reason, to)}</p> : null}
      {reason ? <Bilingual text={(fr) => fr(reason, to)} /> : null}
      {nextAttempt ? <p>{t('delivery.nextAttempt', { time: nextAttempt })}</p> : null}
      {row?.progress && row.progress.bytesSent > 0 ? <DeliveryProgress progress={row.progress} /> : null}
      {paused ? <p>{t('delivery.paused')}</p> : null}
      <Button variant="secondary" onClick={() => requestSync('send-now')}>
        {t('sync.sendNow')}
      </Button>
    </Notice>
  );
}
