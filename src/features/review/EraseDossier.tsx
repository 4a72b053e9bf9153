import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '@/state/navigation';
import { eraseDossier, NotEditableError, type DossierRecord } from '@/storage';
import { Notice } from '@/ui/Notice';
import { AskTwice } from '@/features/shared/AskTwice';
import { receiverVars, useFiledReceiver } from '@/features/shared/receiver';

/**
 * The person's right to erase what this device holds about them (RGPD art. 17), at any time. Asked
 * twice, saying what will be lost: a waiting dossier will never be sent; a filed one keeps living
 * at the administration, but its receipt leaves this device (print it first).
 */
export function EraseDossier({ dossier }: { dossier: DossierRecord }) {
  const { t } = useTranslation();
  const receiver = useFiledReceiver(dossier.id);
  const [error, setError] = useState<string | null>(null);
  const consequence =
    dossier.status === 'queued' ? 'erase.queued' : dossier.status === 'delivered' ? 'erase.delivered' : 'erase.draft';
  const erase = async () => {
    try {
      await eraseDossier(dossier.id);
      navigate({ name: 'home' });
    } catch (cause) {
      setError(t(cause instanceof NotEditableError ? 'erase.sending' : 'errors.storage'));
    }
  };
  return (
    <section className="danger-zone" aria-labelledby="erase-title">
      <h2 id="erase-title">{t('erase.title')}</h2>
      {error ? <Notice tone="error">{error}</Notice> : null}
      <AskTwice
        start={t('erase.start')}
        title={t('erase.confirmTitle')}
        body={t(consequence, receiverVars(receiver))}
        keep={t('erase.keep')}
        confirm={t('erase.confirm')}
        onConfirm={erase}
        startDisabled={dossier.status === 'sending'}
      />
    </section>
  );
}
