import { useTranslation } from 'react-i18next';
import { useDevice } from '@/state/device';
import { dossierDeadline, isEditable, placeRefusals, type Procedure } from '@/domain';
import { listDocuments, type DossierRecord } from '@/storage';
import { Button } from '@/ui/Button';
import { Notice } from '@/ui/Notice';
import { DeadlineNotice } from '@/features/deadline/DeadlineNotice';
import { FeesSummary } from '@/features/fees/FeesSummary';
import { MandateSection } from '@/features/mandate/MandateSection';
import { Bilingual } from '@/features/shared/Bilingual';
import { useFiledReceiver } from '@/features/shared/receiver';
import { useLive } from '@/state/useLive';
import { AnswerSummary } from './AnswerSummary';
import { CancelDossier } from './CancelDossier';
import { checkForFiling } from './checkForFiling';
import { DossierHistory } from './DossierHistory';
import { EraseDossier } from './EraseDossier';
import { DeliveryStatus } from './DeliveryStatus';
import { FileDossier } from './FileDossier';
import { FilingChecklist } from './FilingChecklist';
import { StartAnother } from './StartAnother';
import './review.css';

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
  const { config } = useDevice().runtime;
  const receiver = useFiledReceiver(dossier.id);
  const editable = isEditable(dossier.status);
  const attached = documents.status === 'ready' ? documents.value : [];
  const completeness = checkForFiling(procedure, dossier.answers, attached.map((d) => d.type), config);
  const deadline = dossierDeadline(procedure, dossier.answers, new Date(), config);

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
      <DeliveryStatus dossier={dossier} procedure={procedure} />
      {/* Until the prefecture has the dossier the deadline still runs: waiting for the network, or received by a relay. */}
      {editable || dossier.status === 'queued' || dossier.status === 'sending' || (dossier.status === 'delivered' && receiver.kind === 'relay') ? (
        <DeadlineNotice procedure={procedure} answers={dossier.answers} />
      ) : null}
      <AnswerSummary procedure={procedure} answers={dossier.answers} editable={editable} onEditStep={onEditStep} />
      <section className="summary-section" aria-labelledby="summary-documents">
        <h2 id="summary-documents">{t('steps.documents')}</h2>
        <Bilingual ns="wizard" text={(fr) => fr('steps.documents')} />
        <ul className="summary-documents">
          {attached.map((doc) => (
            <li key={doc.id}>
              {t(`documents.${doc.type}.label`)} — <bdi>{doc.name}</bdi>
            </li>
          ))}
        </ul>
      </section>
      {editable ? <FeesSummary procedure={procedure} answers={dossier.answers} /> : null}
      {editable ? (
        <>
          {completeness.complete && completeness.advice.length === 0 ? (
            <Notice tone="success">
              {t('review.complete')}
              <Bilingual ns="wizard" text={(fr) => fr('review.complete')} />
            </Notice>
          ) : (
            <FilingChecklist completeness={completeness} verdict={deadline?.verdict ?? null} onEditStep={onEditStep} />
          )}
          {documents.status === 'ready' ? <FileDossier procedure={procedure} dossierId={dossier.id} completeness={completeness} /> : null}
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
