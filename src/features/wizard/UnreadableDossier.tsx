import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '@/state/navigation';
import { eraseDossier, TamperedRecordError } from '@/storage';
import { Button } from '@/ui/Button';
import { Notice } from '@/ui/Notice';
import { Link } from '@/features/shared/Link';
import { receiverVars, useReceiver } from '@/features/shared/receiver';

/**
 * A dossier that cannot be shown: absent, or altered outside Relais (its sealed answers fail
 * authentication, src/storage/vault.ts). An altered one is never shown in part — a wrong date of
 * expiry is worse than none — but the person can erase it, or it would stay on the device for ever.
 */
export function UnreadableDossier({ dossierId, error }: { dossierId: string; error: unknown }) {
  const { t } = useTranslation();
  const receiver = useReceiver();
  const [failed, setFailed] = useState(false);
  const tampered = error instanceof TamperedRecordError;
  const erase = async () => {
    try {
      await eraseDossier(dossierId);
      navigate({ name: 'home' }, { replace: true });
    } catch {
      setFailed(true);
    }
  };
  return (
    <div className="screen">
      <Notice tone="error">{t(tampered ? 'errors.dossier-tampered' : 'errors.dossier-not-found', receiverVars(receiver))}</Notice>
      {failed ? <Notice tone="error">{t('errors.storage')}</Notice> : null}
      {tampered ? (
        <Button variant="danger" onClick={() => void erase()}>
          {t('errors.eraseTampered')}
        </Button>
      ) : null}
      <Link to={{ name: 'home' }}>{t('backHome')}</Link>
    </div>
  );
}
