import { useTranslation } from 'react-i18next';
import type { ReceiptRecord } from '@/storage';
import { checkReceipt } from '@/sync';
import { Button } from '@/ui/Button';
import { Bilingual } from '@/features/shared/Bilingual';
import { formatParisDateTime } from '@/features/shared/formatting';
import { SignatureLine } from './SignatureLine';
import { useSignatureCheck } from './useSignatureCheck';

/**
 * The attestation de dépôt as the applicant keeps it. It proves the filing, not lawful stay
 * (CESEDA R. 431-15-1): the card says so, so nobody shows it to an employer as a permit.
 */
export function ReceiptCard({ receipt }: { receipt: ReceiptRecord }) {
  const { t, i18n } = useTranslation('wizard');
  const check = useSignatureCheck(receipt, checkReceipt);
  return (
    <section className="receipt" aria-labelledby="receipt-title" data-testid="receipt">
      <h2 id="receipt-title">{t('receipt.title')}</h2>
      <Bilingual ns="wizard" text={(fr) => fr('receipt.title')} />
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt>{t('receipt.number')}</dt>
          <dd className="receipt__number" data-testid="receipt-number">
            {receipt.number}
          </dd>
        </div>
        <div className="summary-list__row">
          <dt>{t('receipt.filedAt')}</dt>
          <dd data-testid="receipt-filed-at">{formatParisDateTime(receipt.filedAt, i18n.language)}</dd>
        </div>
        <div className="summary-list__row">
          <dt>{t('receipt.digest')}</dt>
          <dd className="receipt__digest">{receipt.digest}</dd>
        </div>
      </dl>
      <SignatureLine check={check} subject="receipt" />
      <p className="receipt__note">{t('receipt.note')}</p>
      <Button variant="secondary" onClick={() => window.print()}>
        {t('receipt.print')}
      </Button>
    </section>
  );
}
