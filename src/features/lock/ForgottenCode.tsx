import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { eraseDevice } from '@/storage';
import { Button } from '@/ui/Button';
import { Notice } from '@/ui/Notice';

/**
 * A forgotten phone code cannot be recovered (nothing stores it), so the only way back into Relais
 * is to start again: asked twice, saying what is lost and what is not (a filed dossier stays at
 * the prefecture). The page reloads on a device that asks, as on a first start, how it is used.
 */
export function ForgottenCode() {
  const { t } = useTranslation('lock');
  const [confirming, setConfirming] = useState(false);
  const [failed, setFailed] = useState(false);
  const erase = async () => {
    try {
      await eraseDevice();
      window.location.assign('/');
    } catch {
      setFailed(true);
    }
  };
  if (!confirming) {
    return (
      <Button variant="link" onClick={() => setConfirming(true)}>
        {t('owner.forgot.open')}
      </Button>
    );
  }
  return (
    <section className="danger-zone" aria-labelledby="forgot-title">
      <h2 id="forgot-title">{t('owner.forgot.title')}</h2>
      <p>{t('owner.forgot.body')}</p>
      {failed ? <Notice tone="error">{t('owner.forgot.failed')}</Notice> : null}
      <div className="step-actions">
        <Button variant="secondary" onClick={() => setConfirming(false)}>
          {t('owner.forgot.cancel')}
        </Button>
        <Button variant="danger" onClick={() => void erase()}>
          {t('owner.forgot.confirm')}
        </Button>
      </div>
    </section>
  );
}
