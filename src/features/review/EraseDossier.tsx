import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '@/state/navigation';
import { eraseDossier, NotEditableError, type DossierRecord } from '@/storage';
import { Button } from '@/ui/Button';
import { Notice } from '@/ui/Notice';
import { receiverVars, useFiledReceiver } from '@/features/shared/receiver';

/**
 * The person's right to erase what this device holds about them (RGPD art. 17), at any time. Asked
 * twice, saying what will be lost: a waiting dossier will never be sent; a filed one keeps living
 * at the administration, but its receipt leaves this device (print it first).
 */
export function EraseDossier({ dossier }: { dossier: DossierRecord }) {
  const { t } = useTranslation();
  const receiver = useFiledReceiver(dossier.id);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const consequence =
    dossier.status === 'queued' ? 'erase.queued' : dossier.status === 'delivered' ? 'erase.delivered' : 'erase.draft';
  const erase = async () => {
    try {
      await eraseDossier(dossier.id);
      navigate({ name: 'home' });
    } catch (cause) {
      setError(t(cause instanceof NotEditableError ? 'erase.sending' : 'errors.storage'));
      setConfirming(false);
    }
  };
  return (
    <section className="danger-zone" aria-labelledby="erase-title">
      <h2 id="erase-title">{t('erase.title')}</h2>
      {error ? <Notice tone="error">{error}</Notice> : null}
      {confirming ? (
        <Notice tone="warning" title={t('erase.confirmTitle')}>
          <p>{t(consequence, receiverVars(receiver))}</p>
          <div className="step-actions">
            <Button variant="secondary" onClick={() => setConfirming(false)}>
              {t('erase.keep')}
            </Button>
            <Button variant="danger" onClick={() => void erase()}>
              {t('erase.confirm')}
            </Button>
          </div>
        </Notice>
      ) : (
        <Button variant="secondary" disabled={dossier.status === 'sending'} onClick={() => setConfirming(true)}>
          {t('erase.start')}
        </Button>
      )}
    </section>
  );
}
