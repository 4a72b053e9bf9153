import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkCompleteness, conditionHolds, documentOwed, isEditable, type DocumentsStep } from '@/domain';
import { listDocuments } from '@/storage';
import { Button } from '@/ui/Button';
import { Notice } from '@/ui/Notice';
import { useLive } from '@/state/useLive';
import { DocumentSlot } from './DocumentSlot';
import { Bilingual } from '@/features/shared/Bilingual';
import type { StepProps } from '@/features/wizard/stepProps';
import './documents.css';

/** The documents a step asks for, each in its slot; leaving with pages taken but not saved asks first. */
export function DocumentsStepView({ procedure, step, dossier, onBack, onNext }: StepProps<DocumentsStep>) {
  const { t } = useTranslation('wizard');
  // Pages taken but not yet saved as their document, per type: kept on the device, but not a piece
  // of the dossier until saved — so leaving the step asks first.
  const [unsaved, setUnsaved] = useState<Record<string, number>>({});
  const [leaving, setLeaving] = useState<(() => void) | null>(null);
  const onDraftChange = useCallback((type: string, pages: number) => setUnsaved((all) => (all[type] === pages ? all : { ...all, [type]: pages })), []);
  const pending = Object.entries(unsaved).filter(([, pages]) => pages > 0);
  const leave = (go: () => void) => (pending.length > 0 ? setLeaving(() => go) : go());
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
          onDraftChange={onDraftChange}
        />
      ))}
      {leaving && pending.length > 0 ? (
        <div data-testid="unsaved-pages">
          <Notice tone="warning" title={t('capture.unsavedTitle', { n: pending.reduce((sum, [, pages]) => sum + pages, 0) })}>
            <p>{t('capture.unsavedBody', { documents: pending.map(([type]) => t(`documents.${type}.label`)).join(', ') })}</p>
            <div className="step-actions">
              <Button variant="secondary" onClick={() => setLeaving(null)}>
                {t('capture.unsavedStay')}
              </Button>
              <Button onClick={() => leaving()}>{t('capture.unsavedLeave')}</Button>
            </div>
          </Notice>
        </div>
      ) : null}
      <div className="step-actions">
        {onBack ? (
          <Button variant="secondary" onClick={() => leave(onBack)}>
            {t('back')}
          </Button>
        ) : null}
        <Button onClick={() => leave(onNext)}>{t('next')}</Button>
      </div>
      <Bilingual ns="wizard" text={(fr) => (onBack ? `${fr('back')} · ${fr('next')}` : fr('next'))} />
    </div>
  );
}
