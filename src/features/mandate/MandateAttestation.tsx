import { lazy, Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { MandateRecord } from '@/storage';
import { Button } from '@/ui/Button';
import { BilingualConsent } from './BilingualConsent';
import { MandateSummary } from './MandateSummary';

// The QR encoder is only needed here: its own small chunk, fetched (or read from the precache) on open.
const MandateQr = lazy(() => import('./MandateQr').then((m) => ({ default: m.MandateQr })));

/**
 * The attestation the person takes home (and the structure keeps, signed), as Aidants Connect
 * prints it: the terms, the consent text in French and in the person's language, the digest in
 * clear and as a QR code, and room for both signatures. While it is open, printing prints only it.
 */
export function MandateAttestation({ mandate, onClose }: { mandate: MandateRecord; onClose: () => void }) {
  const { t } = useTranslation(['mandate', 'common']);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <article className="mandate-print" aria-labelledby="mandate-print-title" data-testid="mandate-attestation">
      <h3 id="mandate-print-title" ref={heading} tabIndex={-1}>
        {t('attestation.title')}
      </h3>
      <MandateSummary mandate={mandate} />
      <BilingualConsent terms={mandate} applicantLanguage={mandate.applicantLanguage} />
      <div className="mandate-print__proof">
        <Suspense fallback={<p>{t('common:loading')}</p>}>
          <MandateQr value={mandate.digest} label={t('attestation.qr')} />
        </Suspense>
        <p className="field__hint">{t('attestation.digestNote')}</p>
      </div>
      <div className="mandate-print__signatures">
        <p>{t('attestation.signApplicant')}</p>
        <p>{t('attestation.signMediator')}</p>
      </div>
      <div className="step-actions">
        <Button variant="secondary" onClick={onClose}>
          {t('attestation.close')}
        </Button>
        <Button onClick={() => window.print()}>{t('attestation.print')}</Button>
      </div>
    </article>
  );
}
