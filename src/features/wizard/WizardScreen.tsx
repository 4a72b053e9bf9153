import { useTranslation } from 'react-i18next';
import { useDevice } from '@/state/device';
import { navigate } from '@/state/navigation';
import { isEditable } from '@/domain';
import { findProcedure } from '@/procedures';
import { getDossier, setCurrentStep } from '@/storage';
import { Notice } from '@/ui/Notice';
import { ProgressSteps } from '@/ui/ProgressSteps';
import { DocumentsStepView } from '@/features/documents/DocumentsStepView';
import { MandateGate } from '@/features/mandate/MandateGate';
import { ReviewStep } from '@/features/review/ReviewStep';
import { OtherProfileDossier } from '@/features/lock/OtherProfileDossier';
import { useUnlockedProfile } from '@/state/session';
import { Bilingual } from '@/features/shared/Bilingual';
import { useLive } from '@/state/useLive';
import { settleWrites } from '@/state/pendingWrites';
import { FieldsStepForm } from './FieldsStepForm';
import { REVIEW_STEP } from './reviewStep';
import { UnreadableDossier } from './UnreadableDossier';
import { FrenchTerms } from '@/features/shared/FrenchTerms';
import './wizard.css';


export function WizardScreen({ dossierId, stepId }: { dossierId: string; stepId: string | null }) {
  const { t } = useTranslation(['wizard', 'common']);
  const live = useLive(`dossier:${dossierId}`, () => getDossier(dossierId));
  const { mode } = useDevice();
  const profile = useUnlockedProfile();

  if (live.status === 'loading') return <p className="screen">{t('common:loading')}</p>;
  if (live.status === 'error' || live.value === undefined) {
    return <UnreadableDossier dossierId={dossierId} error={live.status === 'error' ? live.error : undefined} />;
  }
  const dossier = live.value;
  // Sealed under a key not held here, or (on a mediator's tablet) another profile's, even before
  // its first answer is sealed: never opened, never written to. No owner: made before profiles.
  const othersDossier = mode.mode === 'mediator' && dossier.ownerId !== undefined && dossier.ownerId !== profile?.id;
  if (dossier.locked === true || othersDossier) return <OtherProfileDossier />;
  const procedure = findProcedure(dossier.procedureId);
  if (!procedure) return <Notice tone="error">{t('common:errors.procedure-unknown')}</Notice>;

  const stepIds = [...procedure.steps.map((s) => s.id), REVIEW_STEP];
  // A dossier being sent or filed is frozen: only its status and receipt can be seen.
  const requested = isEditable(dossier.status) ? (stepId ?? dossier.currentStep) : REVIEW_STEP;
  const currentIndex = Math.max(0, stepIds.indexOf(requested));
  const current = procedure.steps[currentIndex];

  const goTo = (index: number) => {
    const target = stepIds[index];
    if (target === undefined) return;
    // After the last autosave of the step being left (a document's date, flushed as its box lost
    // focus), which names that step: landing later, it would send the next visit back to it.
    void settleWrites().then(() => setCurrentStep(dossier.id, target));
    navigate({ name: 'dossier', id: dossier.id, step: target });
  };
  const onBack = currentIndex > 0 ? () => goTo(currentIndex - 1) : null;
  const onNext = () => goTo(currentIndex + 1);
  const titleKey = `steps.${stepIds[currentIndex] ?? REVIEW_STEP}`;
  const title = t(titleKey);

  return (
    <div className="screen wizard">
      <p className="wizard__procedure">
        <FrenchTerms text={t(`procedures.${procedure.id}.title`)} />
      </p>
      <ProgressSteps
        label={t('progress.label')}
        steps={stepIds.map((id) => ({ id, title: t(`steps.${id}`) }))}
        currentIndex={currentIndex}
        summary={t('progress.summary', { current: currentIndex + 1, total: stepIds.length, title })}
        {...(isEditable(dossier.status) ? { onSelect: goTo } : {})}
      />
      <h1 tabIndex={-1}>
        <FrenchTerms text={title} />
      </h1>
      <Bilingual ns="wizard" text={(fr) => fr(titleKey)} />
      <MandateGate dossier={dossier}>
        {current?.kind === 'fields' ? (
          <FieldsStepForm key={current.id} procedure={procedure} step={current} dossier={dossier} onBack={onBack} onNext={onNext} />
        ) : null}
        {current?.kind === 'documents' ? (
          <DocumentsStepView key={current.id} procedure={procedure} step={current} dossier={dossier} onBack={onBack} onNext={onNext} />
        ) : null}
        {current === undefined ? <ReviewStep procedure={procedure} dossier={dossier} onEditStep={(id) => goTo(stepIds.indexOf(id))} /> : null}
      </MandateGate>
    </div>
  );
}
