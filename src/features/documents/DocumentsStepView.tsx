import { useTranslation } from 'react-i18next';
import { conditionHolds, isEditable, type DocumentsStep } from '@/domain';
import { listDocuments, type DossierRecord } from '@/storage';
import { Button } from '@/ui/Button';
import { useLive } from '@/features/shared/useLive';
import { DocumentSlot } from './DocumentSlot';

export function DocumentsStepView({
  step,
  dossier,
  onBack,
  onNext,
}: {
  step: DocumentsStep;
  dossier: DossierRecord;
  onBack: (() => void) | null;
  onNext: () => void;
}) {
  const { t } = useTranslation('wizard');
  const documents = useLive(`documents:${dossier.id}`, () => listDocuments(dossier.id));
  const attached = documents.status === 'ready' ? documents.value : [];
  const requirements = step.documents.filter((doc) => conditionHolds(doc.when, dossier.answers));
  return (
    <div className="documents-step">
      <p className="lead">{t('documentsIntro')}</p>
      {requirements.map((requirement) => (
        <DocumentSlot
          key={requirement.type}
          requirement={requirement}
          dossierId={dossier.id}
          attached={attached.filter((doc) => doc.type === requirement.type)}
          editable={isEditable(dossier.status)}
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
