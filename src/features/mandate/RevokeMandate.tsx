import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MandateEndedError, revokeMandate } from '@/storage';
import { Button } from '@/ui/Button';
import { Notice } from '@/ui/Notice';

/**
 * The person may end the mandate at any time, without a reason (Code civil art. 2004: the principal
 * revokes the mandate when they please). Asked twice: a mistaken tap must not leave them without help.
 */
export function RevokeMandate({ mandateId }: { mandateId: string }) {
  const { t } = useTranslation(['mandate', 'common']);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const revoke = async () => {
    try {
      await revokeMandate(mandateId, Date.now());
    } catch (cause) {
      setError(t(cause instanceof MandateEndedError ? 'errors.ended' : 'common:errors.storage'));
      setConfirming(false);
    }
  };
  return (
    <div className="mandate-revoke">
      {error ? <Notice tone="error">{error}</Notice> : null}
      {confirming ? (
        <Notice tone="warning" title={t('revoke.confirmTitle')}>
          <p>{t('revoke.confirmBody')}</p>
          <div className="step-actions">
            <Button variant="secondary" onClick={() => setConfirming(false)}>
              {t('revoke.keep')}
            </Button>
            <Button variant="danger" onClick={() => void revoke()}>
              {t('revoke.confirm')}
            </Button>
          </div>
        </Notice>
      ) : (
        <Button variant="secondary" onClick={() => setConfirming(true)}>
          {t('revoke.start')}
        </Button>
      )}
    </div>
  );
}
