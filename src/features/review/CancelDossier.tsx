import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyDossierEvent } from '@/storage';
import { Notice } from '@/ui/Notice';
import { AskTwice } from '@/features/shared/AskTwice';

/**
 * Giving a dossier up before it is sent (DDD recommendation 4). Asked twice, because it cannot be
 * undone; the dossier and its history stay on the device, only filing is no longer possible.
 */
export function CancelDossier({ dossierId }: { dossierId: string }) {
  const { t } = useTranslation();
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
      <AskTwice
        start={t('cancel.start')}
        title={t('cancel.confirmTitle')}
        body={t('cancel.confirmBody')}
        keep={t('cancel.keep')}
        confirm={t('cancel.confirm')}
        onConfirm={cancel}
      />
    </section>
  );
}
