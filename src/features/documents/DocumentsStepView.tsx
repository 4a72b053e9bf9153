import { useTranslation } from 'react-i18next';
import { checkCompleteness, conditionHolds, documentOwed, isEditable, type DocumentsStep, type Procedure } from '@/domain';
import { listDocuments, type DossierRecord } from '@/storage';
import { Button } from '@/ui/Button';
import { useLive } from '@/features/shared/useLive';
import { DocumentSlot } from './DocumentSlot';

export function DocumentsStepView({
  procedure,
  step,
  dossier,
  onBack,
  onNext,
}: {
  procedure: Procedure;
  step: DocumentsStep;
  dossier: DossierRecord;
  onBack: (() => void) | null;
  onNext: () => void;
}) {
  const { t } = useTranslation('wizard');
  const documents = useLive(`documents:${dossier.id}`, () => listDocuments(dossier.id));
  const attached = documents.status === 'ready' ? documents.value : [];
  const requirements = step.documents.filter((doc) => conditionHolds(doc.when, dossier.answers));
  // Only the problems of document dates are shown here; the rest waits for the review page.
  const missing = checkCompleteness(procedure, dossier.answers, attached.map((doc) => doc.type)).missing;
  const dateError = (field: string | undefined) => {
    for (const item of missing) {
      if (item.kind === 'field' && item.fieldId === field && item.code !== 'required') return item.code;
    }
    return undefined;
  };
  return (
    <div className="documents-step">
      <p className="lead">{t('documentsIntro')}</p>
      {requirements.map((requirement) => (
        <DocumentSlot
          key={requirement.type}
          requirement={requirement}
          dossierId={dossier.id}
          stepId={step.id}
          attached={attached.filter((doc) => doc.type === requirement.type)}
          editable={isEditable(dossier.status)}
          dateValue={String(dossier.answers[requirement.issuedWithin?.field ?? ''] ?? '')}
          dateError={dateError(requirement.issuedWithin?.field)}
          exempt={requirement.required && !documentOwed(requirement, dossier.answers)}
        />
      ))}
      <div className="step-actions">
        {onBack ? (
          <Button variant="secondary" onClick={onBack}>
            {t('back')}
          </Button>
        ) : null}
        <Button onClick={onNext}>{t('next')}</Button>
      </div>
    </div>
  );
}
