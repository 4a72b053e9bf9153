import { useTranslation } from 'react-i18next';
import type { SignatureCheck } from '@/sync';
import { Notice } from '@/ui/Notice';
import type { Receiver } from '@/domain';
import { receiverVars } from '@/features/shared/receiver';
import './receipt.css';

/** What the signature check means for the person holding the paper. */
export function SignatureLine({ check, subject, receiver }: { check: SignatureCheck | null; subject: 'receipt' | 'attestation'; receiver: Receiver }) {
  const { t } = useTranslation('wizard');
  if (check === null) return null;
  if (check === 'invalid') {
    return (
      <Notice tone="error" title={t(`signature.invalidTitle.${subject}`)}>
        {t('signature.invalidBody', receiverVars(receiver))}
      </Notice>
    );
  }
  return (
    <p className={`signature signature--${check}`} data-testid="signature-check" data-check={check}>
      {t(`signature.${check}`, receiverVars(receiver))}
    </p>
  );
}
