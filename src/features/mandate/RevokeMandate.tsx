import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MandateEndedError, revokeMandate } from '@/storage';
import { Notice } from '@/ui/Notice';
import { AskTwice } from '@/features/shared/AskTwice';

/**
 * The person may end the mandate at any time, without a reason (Code civil art. 2004: the principal
 * revokes the mandate when they please). Asked twice: a mistaken tap must not leave them without help.
 */
export function RevokeMandate({ mandateId }: { mandateId: string }) {
  const { t } = useTranslation(['mandate', 'common']);
  const [error, setError] = useState<string | null>(null);
  const revoke = async () => {
    try {
      await revokeMandate(mandateId, Date.now());
    } catch (cause) {
      setError(t(cause instanceof MandateEndedError ? 'errors.ended' : 'common:errors.storage'));
    }
  };
  return (
    <div className="mandate-revoke">
      {error ? <Notice tone="error">{error}</Notice> : null}
      <AskTwice
        start={t('revoke.start')}
        title={t('revoke.confirmTitle')}
        body={t('revoke.confirmBody')}
        keep={t('revoke.keep')}
        confirm={t('revoke.confirm')}
        onConfirm={revoke}
      />
    </div>
  );
}
