import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyDossierEvent } from '@/storage';
import { Button } from '@/ui/Button';
import { Notice } from '@/ui/Notice';

/**
 * Giving a dossier up before it is sent (DDD recommendation 4). Asked twice, because it cannot be
 * undone; the dossier and its history stay on the device, only filing is no longer possible.
 */
export function CancelDossier({ dossierId }: { dossierId: string }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [failed, setFailed] = useState(false);
  const cancel = async () => {
    try {
      await applyDossierEvent(dossierId, 'cancel');
    } catch {
      setFailed(true);
    }
  };
  return (
    <section className="danger-zone" aria-labelledby="cancel-title">
      <h2 id="cancel-title">{t('cancel.title')}</h2>
      {failed ? <Notice tone="error">{t('errors.storage')}</Notice> : null}
      {confirming ? (
        <Notice tone="warning" title={t('cancel.confirmTitle')}>
          <p>{t('cancel.confirmBody')}</p>
          <div className="step-actions">
            <Button variant="secondary" onClick={() => setConfirming(false)}>
              {t('cancel.keep')}
            </Button>
            <Button variant="danger" onClick={() => void cancel()}>
              {t('cancel.confirm')}
            </Button>
          </div>
        </Notice>
      ) : (
        <Button variant="secondary" onClick={() => setConfirming(true)}>
          {t('cancel.start')}
        </Button>
      )}
    </section>
  );
}
