import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkCompleteness, isEditable, placeRefusals, type Procedure } from '@/domain';
import { listDocuments, StorageFullError, type DossierRecord } from '@/storage';
import { Button } from '@/ui/Button';
import { Notice } from '@/ui/Notice';
import { DeadlineNotice } from '@/features/deadline/DeadlineNotice';
import { MandateSection } from '@/features/mandate/MandateSection';
import { Bilingual } from '@/features/shared/Bilingual';
import { useLive } from '@/features/shared/useLive';
import { AnswerSummary } from './AnswerSummary';
import { CancelDossier } from './CancelDossier';
import { DossierHistory } from './DossierHistory';
import { EraseDossier } from './EraseDossier';
import { DeliveryStatus } from './DeliveryStatus';
import { fileDossierFlow } from './fileDossierFlow';
import { MissingList } from './MissingList';
import { StartAnother } from './StartAnother';


export function ReviewStep({
  procedure,
  dossier,
  onEditStep,
}: {
  procedure: Procedure;
  dossier: DossierRecord;
  onEditStep: (stepId: string) => void;
}) {
  const { t } = useTranslation(['wizard', 'common']);
  const documents = useLive(`documents:${dossier.id}`, () => listDocuments(dossier.id));
  const [filing, setFiling] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const editable = isEditable(dossier.status);
  const attached = documents.status === 'ready' ? documents.value : [];
  const completeness = checkCompleteness(procedure, dossier.answers, attached.map((d) => d.type));

  const onFile = async () => {
    setFiling(true);
    setError(null);
    try {
      const outcome = await fileDossierFlow(procedure, dossier.id);
      if (!outcome.ok) setError(t('review.fileRefused'));
    } catch (cause) {
      setError(t(cause instanceof StorageFullError ? 'common:errors.storage-full' : 'common:errors.storage'));
    } finally {
      setFiling(false);
    }
  };

  return (
    <div className="review">
      {dossier.status === 'needs-correction' && dossier.refusal ? (
        <Notice tone="error" title={t('review.refusedTitle')}>
          <Bilingual ns="wizard" text={(fr) => fr('review.refusedTitle')} />
          <ul className="missing-list" data-testid="refused-fields">
            {placeRefusals(procedure, dossier.refusal.fields).map((refused, index) => {
              // An answer names its field; a document or anything else, only the step that takes it back.
              const fieldKey = refused.fieldId ? `fields.${refused.fieldId}.label` : `steps.${refused.stepId}`;
              return (
                <li key={`${refused.stepId}-${refused.fieldId ?? index}`}>
                  <Button variant="link" onClick={() => onEditStep(refused.stepId)}>
                    {t('review.fixField', { field: t(fieldKey) })}
                  </Button>
                  <Bilingual ns="wizard" text={(fr) => fr('review.fixField', { field: fr(fieldKey) })} />
                </li>
              );
            })}
          </ul>
        </Notice>
      ) : null}
      {dossier.status === 'cancelled' ? <Notice tone="info">{t('common:cancel.done')}</Notice> : null}
      <DeliveryStatus dossier={dossier} />
      {editable ? <DeadlineNotice procedure={procedure} answers={dossier.answers} /> : null}
      <AnswerSummary procedure={procedure} answers={dossier.answers} editable={editable} onEditStep={onEditStep} />
      <section className="summary-section" aria-labelledby="summary-documents">
        <h2 id="summary-documents">{t('steps.documents')}</h2>
        <Bilingual ns="wizard" text={(fr) => fr('steps.documents')} />
        <ul className="summary-documents">
          {attached.map((doc) => (
            <li key={doc.id}>
              {t(`documents.${doc.type}.label`)} — {doc.name}
            </li>
          ))}
        </ul>
      </section>
      {editable ? (
        <>
          {completeness.complete ? (
            <Notice tone="success">
              {t('review.complete')}
              <Bilingual ns="wizard" text={(fr) => fr('review.complete')} />
            </Notice>
          ) : (
            <MissingList missing={completeness.missing} onEditStep={onEditStep} />
          )}
          {error ? <Notice tone="error">{error}</Notice> : null}
          <div className="step-actions">
            <Button variant="secondary" onClick={() => window.print()}>
              {t('common:print.summary')}
            </Button>
            <Button onClick={() => void onFile()} disabled={!completeness.complete || filing} aria-describedby="file-help">
              {t('review.file')}
            </Button>
          </div>
          <p id="file-help" className="field__hint">
            {t(completeness.complete ? 'review.fileHelp' : 'review.fileBlocked')}
          </p>
        </>
      ) : null}
      <MandateSection dossier={dossier} />
      <DossierHistory dossierId={dossier.id} />
      <StartAnother dossier={dossier} />
      {editable ? <CancelDossier dossierId={dossier.id} /> : null}
      <EraseDossier dossier={dossier} />
    </div>
  );
}
