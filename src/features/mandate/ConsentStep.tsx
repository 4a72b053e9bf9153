import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newMandate, type MandateDetails } from '@/domain';
import { MandateConflictError, recordMandate, StorageFullError, type DossierRecord } from '@/storage';
import { Button } from '@/ui/Button';
import { Notice } from '@/ui/Notice';
import { BilingualConsent } from './BilingualConsent';
import { useNow } from './useNow';
import { useReceiver } from '@/features/shared/receiver';

/**
 * The consent text read WITH the person, in French and in their language, then their acceptance.
 * The mediator ticks the box with the person (a person who does not read is read the text: the
 * label says so); the mandate starts at the moment it is recorded.
 */
export function ConsentStep({
  dossier,
  details,
  onBack,
  onRecorded,
}: {
  dossier: Pick<DossierRecord, 'id' | 'language'>;
  details: MandateDetails;
  onBack: () => void;
  onRecorded: () => void;
}) {
  const { t } = useTranslation(['mandate', 'common']);
  const checkboxId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [acknowledged, setAcknowledged] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const now = useNow();
  const receiver = useReceiver();
  const context = { dossierId: dossier.id, applicantLanguage: dossier.language, receiver };
  // The dates shown follow the clock, so what is read is what gets recorded (to the minute).
  const terms = newMandate(details, { ...context, id: 'preview', now });

  useEffect(() => heading.current?.focus(), []);

  const record = async () => {
    if (!acknowledged) {
      setError(t('errors.acknowledge'));
      return;
    }
    setSaving(true);
    setError(null);
    try {
      await recordMandate(newMandate(details, { ...context, id: crypto.randomUUID(), now: Date.now() }));
      onRecorded();
    } catch (cause) {
      setError(
        cause instanceof MandateConflictError
          ? t('errors.conflict')
          : t(cause instanceof StorageFullError ? 'common:errors.storage-full' : 'common:errors.storage'),
      );
      setSaving(false);
    }
  };

  return (
    <div className="consent-step">
      <h3 ref={heading} tabIndex={-1}>
        {t('consentStep.title')}
      </h3>
      <p className="field__hint">{t('consentStep.help')}</p>
      <BilingualConsent terms={terms} applicantLanguage={dossier.language} />
      <div className={`field${error && !acknowledged ? ' field--invalid' : ''}`}>
        <label className="choice__option consent-step__acknowledge" htmlFor={checkboxId}>
          <input
            id={checkboxId}
            type="checkbox"
            checked={acknowledged}
            aria-invalid={error && !acknowledged ? true : undefined}
            onChange={(event) => {
              setAcknowledged(event.target.checked);
              setError(null);
            }}
          />
          <span>{t('consentStep.acknowledge')}</span>
        </label>
      </div>
      {error ? <Notice tone="error">{error}</Notice> : null}
      <div className="step-actions">
        <Button variant="secondary" onClick={onBack}>
          {t('consentStep.back')}
        </Button>
        <Button onClick={() => void record()} disabled={saving}>
          {t('consentStep.record')}
        </Button>
      </div>
    </div>
  );
}
