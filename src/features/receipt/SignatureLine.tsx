import { useTranslation } from 'react-i18next';
import type { SignatureCheck } from '@/sync';
import { Notice } from '@/ui/Notice';

/** What the signature check means for the person holding the paper. */
export function SignatureLine({ check, subject }: { check: SignatureCheck | null; subject: 'receipt' | 'attestation' }) {
  const { t } = useTranslation('wizard');
  if (check === null) return null;
  if (check === 'invalid') {
    return (
      <Notice tone="error" title={t(`signature.invalidTitle.${subject}`)}>
        {t('signature.invalidBody')}
      </Notice>
    );
  }
  return (
    <p className={`signature signature--${check}`} data-testid="signature-check" data-check={check}>
      {t(`signature.${check}`)}
    </p>
  );
}
