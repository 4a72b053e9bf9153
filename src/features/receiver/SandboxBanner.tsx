import { useTranslation } from 'react-i18next';
import { receiverVars, useReceiver } from '@/features/shared/receiver';
import './receiver.css';

/**
 * On a training sandbox, every screen says that nothing reaches any administration: a person who
 * "files" on a training tablet must never leave believing they have filed (docs/reviews/legal-2026-12.md row 14).
 */
export function SandboxBanner() {
  const { t } = useTranslation();
  const receiver = useReceiver();
  if (receiver.kind !== 'sandbox') return null;
  return (
    <p className="sandbox-banner" role="note" data-testid="sandbox-banner">
      {t('receiver.sandboxBanner', receiverVars(receiver))}
    </p>
  );
}
