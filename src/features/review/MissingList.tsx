import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { MissingItem } from '@/domain';
import { Button } from '@/ui/Button';
import { Notice } from '@/ui/Notice';
import { Bilingual } from '@/features/shared/Bilingual';

/** One missing thing in words, with whichever `t` is given (the screen's, or the mediator's French). */
function describe(item: MissingItem, t: TFunction<'wizard'>): string {
  return item.kind === 'field'
    ? t('review.missingField', { field: t(`fields.${item.fieldId}.label`), problem: t(`errors.${item.code}`) })
    : t('review.missingDocument', { document: t(`documents.${item.type}.label`) });
}

/**
 * Exactly what stops filing, grouped by step (an almost empty dossier reads as a short checklist,
 * not a wall of errors), each item a way to the step that fixes it.
 */
export function MissingList({ missing, onEditStep }: { missing: readonly MissingItem[]; onEditStep: (stepId: string) => void }) {
  const { t } = useTranslation('wizard');
  const steps = [...new Set(missing.map((item) => item.stepId))];
  return (
    <Notice tone="warning" title={t('review.missingTitle', { n: missing.length })}>
      <Bilingual ns="wizard" text={(fr) => fr('review.missingTitle', { n: missing.length })} />
      {steps.map((stepId) => (
        <div key={stepId} className="missing-group">
          <p className="missing-group__title">{t(`steps.${stepId}`)}</p>
          <Bilingual ns="wizard" text={(fr) => fr(`steps.${stepId}`)} />
          <ul className="missing-list">
            {missing
              .filter((item) => item.stepId === stepId)
              .map((item) => (
                <li key={item.kind === 'field' ? `f-${item.fieldId}` : `d-${item.type}`}>
                  <Button variant="link" onClick={() => onEditStep(item.stepId)}>
                    {describe(item, t)}
                  </Button>
                  <Bilingual ns="wizard" text={(fr) => describe(item, fr)} />
                </li>
              ))}
          </ul>
        </div>
      ))}
    </Notice>
  );
}
