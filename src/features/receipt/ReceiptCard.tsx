import { useTranslation } from 'react-i18next';
import type { ReceiptRecord } from '@/storage';
import { checkReceipt } from '@/sync';
import { Button } from '@/ui/Button';
import { Bilingual } from '@/features/shared/Bilingual';
import { formatParisDateTime } from '@/features/shared/formatting';
import { receiverVars, useFiledReceiver } from '@/features/shared/receiver';
import { SignatureLine } from './SignatureLine';
import { useSignatureCheck } from './useSignatureCheck';
import { FrenchTerms } from '@/features/shared/FrenchTerms';
import './receipt.css';

/**
 * The receipt as the applicant keeps it. From the administration it is the attestation de dépôt,
 * which proves the filing, not lawful stay (CESEDA R. 431-15-1); from a relay it proves only that
 * the relay received the dossier, and from a training sandbox nothing at all — the card says which.
 */
export function ReceiptCard({ receipt }: { receipt: ReceiptRecord }) {
  const { t, i18n } = useTranslation('wizard');
  // Who gave this receipt decides what it proves: only the administration's is an attestation de dépôt.
  const receiver = useFiledReceiver(receipt.dossierId);
  const to = receiverVars(receiver);
  const check = useSignatureCheck(receipt, checkReceipt);
  return (
    <section className="receipt" aria-labelledby="receipt-title" data-testid="receipt">
      <h2 id="receipt-title">
        <FrenchTerms text={t('receipt.title', to)} />
      </h2>
      <Bilingual ns="wizard" text={(fr) => fr('receipt.title', to)} />
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt>{t('receipt.number', to)}</dt>
          <dd className="receipt__number" data-testid="receipt-number" dir="ltr">
            {receipt.number}
          </dd>
        </div>
        <div className="summary-list__row">
          <dt>{t('receipt.filedAt', to)}</dt>
          <dd data-testid="receipt-filed-at">{formatParisDateTime(receipt.filedAt, i18n.language)}</dd>
        </div>
        <div className="summary-list__row">
          <dt>{t('receipt.digest', to)}</dt>
          <dd className="receipt__digest" dir="ltr">
            {receipt.digest}
          </dd>
        </div>
      </dl>
      <SignatureLine check={check} subject="receipt" receiver={receiver} />
      <p className="receipt__note" data-testid="receipt-note">
        {t('receipt.note', to)}
      </p>
      <Bilingual ns="wizard" text={(fr) => fr('receipt.note', to)} />
      <Button variant="secondary" onClick={() => window.print()}>
        {t('receipt.print', to)}
      </Button>
    </section>
  );
}
