import { useTranslation } from 'react-i18next';
import type { AttestationRecord } from '@/storage';
import { checkAttestation } from '@/sync';
import { Button } from '@/ui/Button';
import { SignatureLine } from '@/features/receipt/SignatureLine';
import { useSignatureCheck } from '@/features/receipt/useSignatureCheck';
import { formatCalendarDate, formatParisDateTime } from '@/features/shared/formatting';
import { receiverVars, useFiledReceiver } from '@/features/shared/receiver';
import '@/features/receipt/receipt.css';

/**
 * An attestation de prolongation d'instruction: together with the expired card, and for the time it
 * states, it proves lawful stay while the prefecture has not decided (R. 431-15-1), and allows work
 * when the previous card did (R. 431-15-2) — docs/reviews/legal-2026-12.md row 8. Printable.
 */
export function AttestationCard({ attestation }: { attestation: AttestationRecord }) {
  const { t, i18n } = useTranslation('wizard');
  const check = useSignatureCheck(attestation, checkAttestation);
  // A training sandbox's attestation proves nothing, and says so on screen and on paper.
  const receiver = useFiledReceiver(attestation.dossierId);
  const to = receiverVars(receiver);
  return (
    <article className="attestation" data-testid="attestation">
      <h3>{t('followUp.attestation.title', to)}</h3>
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt>{t('followUp.attestation.number')}</dt>
          <dd>{attestation.number}</dd>
        </div>
        <div className="summary-list__row">
          <dt>{t('followUp.attestation.issuedAt')}</dt>
          <dd>{formatParisDateTime(attestation.issuedAt, i18n.language)}</dd>
        </div>
        <div className="summary-list__row">
          <dt>{t('followUp.attestation.validUntil')}</dt>
          <dd data-testid="attestation-valid-until">{formatCalendarDate(attestation.validUntil, i18n.language)}</dd>
        </div>
      </dl>
      <SignatureLine check={check} subject="attestation" receiver={receiver} />
      <p className="receipt__note">{t('followUp.attestation.note', to)}</p>
      <Button variant="secondary" onClick={() => window.print()}>
        {t('followUp.attestation.print')}
      </Button>
    </article>
  );
}
