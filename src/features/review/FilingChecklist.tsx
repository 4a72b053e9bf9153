import { useTranslation } from 'react-i18next';
import type { Completeness, DeadlineVerdict, MissingItem } from '@/domain';
import { onTimeBeatsComplete, rateOn, todayInParis } from '@/domain';
import { feeRates } from '@/procedures/shared/feeRates';
import { sources } from '@/procedures/shared/sources';
import { Button } from '@/ui/Button';
import { Notice } from '@/ui/Notice';
import { SourceList } from '@/features/sources/SourceList';
import { Bilingual } from '@/features/shared/Bilingual';
import { formatEuros } from '@/features/shared/formatting';
import { adviceKey, consequenceKey, describeFinding } from './findingText';
import './review.css';
import { FrenchTerms } from '@/features/shared/FrenchTerms';

function FindingRow({ item, onEditStep, withConsequence }: { item: MissingItem; onEditStep: (stepId: string) => void; withConsequence: boolean }) {
  const { t } = useTranslation('wizard');
  return (
    <li className="finding" data-finding={item.kind === 'field' ? `field:${item.fieldId}:${item.code}` : `document:${item.type}`}>
      <p className="finding__what">
        <FrenchTerms text={describeFinding(item, t)} />
      </p>
      <Bilingual ns="wizard" text={(fr) => describeFinding(item, fr)} />
      {withConsequence ? (
        <>
          <p className="finding__why">{t(consequenceKey(item))}</p>
          <Bilingual ns="wizard" text={(fr) => fr(consequenceKey(item))} />
          <SourceList sources={item.sources} />
        </>
      ) : null}
      <Button variant="link" onClick={() => onEditStep(item.stepId)} aria-label={t('changeStep', { step: describeFinding(item, t) })}>
        {t('change')}
      </Button>
    </li>
  );
}

/** Findings grouped by step: an almost empty dossier reads as a short checklist, not a wall. */
function ByStep({ items, onEditStep, withConsequence }: { items: readonly MissingItem[]; onEditStep: (stepId: string) => void; withConsequence: boolean }) {
  const { t } = useTranslation('wizard');
  const steps = [...new Set(items.map((item) => item.stepId))];
  return steps.map((stepId) => (
    <div key={stepId} className="missing-group">
      <p className="missing-group__title">{t(`steps.${stepId}`)}</p>
      <ul className="missing-list">
        {items
          .filter((item) => item.stepId === stepId)
          .map((item) => (
            <FindingRow key={item.kind === 'field' ? `f-${item.fieldId}` : `d-${item.type}`} item={item} onEditStep={onEditStep} withConsequence={withConsequence} />
          ))}
      </ul>
    </div>
  ));
}

/**
 * What stands between the dossier and filing, said the way the law says it: the few things that
 * make filing impossible (to correct first), then the warnings — each with what it means and its
 * source — then advice on the answers, and near the deadline why filing on time with a gap is
 * usually better than filing complete but late (R. 431-11 since June 2025).
 */
export function FilingChecklist({
  completeness,
  verdict,
  onEditStep,
}: {
  completeness: Completeness;
  verdict: DeadlineVerdict | null;
  onEditStep: (stepId: string) => void;
}) {
  const { t, i18n } = useTranslation('wizard');
  const { blockers, warnings, advice } = completeness;
  const gaps = warnings.length > 0;
  const lateFee = rateOn(feeRates, 'late-renewal', todayInParis(new Date()))?.euros ?? 0;
  // In the window: file on time rather than complete; already late: file now rather than complete.
  const already = verdict?.kind === 'late' || verdict?.kind === 'expired';
  const onTime = already ? { title: 'review.nowTitle', body: 'review.nowBody' } : { title: 'review.onTimeTitle', body: 'review.onTimeBody' };
  return (
    <div className="filing-checklist" data-testid="filing-checklist">
      {blockers.length > 0 ? (
        <Notice tone="error" title={t('review.blockersTitle', { n: blockers.length })}>
          <Bilingual ns="wizard" text={(fr) => fr('review.blockersTitle', { n: blockers.length })} />
          <p>{t('review.blockersBody')}</p>
          <ByStep items={blockers} onEditStep={onEditStep} withConsequence={false} />
        </Notice>
      ) : null}
      {gaps ? (
        <div data-testid="warnings">
          <Notice tone="warning" title={t('review.warningsTitle', { n: warnings.length })}>
            <Bilingual ns="wizard" text={(fr) => fr('review.warningsTitle', { n: warnings.length })} />
            <p>{t('review.warningsBody')}</p>
            <ByStep items={warnings} onEditStep={onEditStep} withConsequence />
          </Notice>
        </div>
      ) : null}
      {advice.map((item) => (
        <div key={item.code} data-testid={`advice-${item.code}`}>
          <Notice tone="warning" title={t(`${adviceKey(item)}.title`)}>
            <Bilingual ns="wizard" text={(fr) => fr(`${adviceKey(item)}.title`)} />
            <p>{t(`${adviceKey(item)}.body`)}</p>
            <Bilingual ns="wizard" text={(fr) => fr(`${adviceKey(item)}.body`)} />
            <SourceList sources={item.sources} />
          </Notice>
        </div>
      ))}
      {gaps && verdict && onTimeBeatsComplete(verdict) ? (
        <div data-testid="on-time-advice">
          <Notice tone="info" title={t(onTime.title)}>
            <Bilingual ns="wizard" text={(fr) => fr(onTime.title)} />
            <p>{t(onTime.body, { fee: formatEuros(lateFee, i18n.language) })}</p>
            <Bilingual ns="wizard" text={(fr) => fr(onTime.body, { fee: formatEuros(lateFee, 'fr') })} />
            <SourceList sources={[sources.r43111, sources.l4365, sources.r431151]} />
          </Notice>
        </div>
      ) : null}
    </div>
  );
}
