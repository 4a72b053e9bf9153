import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MandateRecord } from '@/storage';
import { Button } from '@/ui/Button';
import { MandateAttestation } from './MandateAttestation';
import { MandateSummary } from './MandateSummary';
import { RevokeMandate } from './RevokeMandate';

/** The mandate in force: its terms, its printable attestation, and its revocation. */
export function ActiveMandate({ mandate }: { mandate: MandateRecord }) {
  const { t } = useTranslation('mandate');
  const [printing, setPrinting] = useState(false);
  if (printing) return <MandateAttestation mandate={mandate} onClose={() => setPrinting(false)} />;
  return (
    <div className="mandate-active" data-testid="mandate-active">
      <h3>
        {t('active.title')} <span className="mandate-status">({t('status.active')})</span>
      </h3>
      <MandateSummary mandate={mandate} />
      <div className="step-actions">
        <Button variant="secondary" onClick={() => setPrinting(true)}>
          {t('attestation.open')}
        </Button>
      </div>
      <RevokeMandate mandateId={mandate.id} />
    </div>
  );
}
