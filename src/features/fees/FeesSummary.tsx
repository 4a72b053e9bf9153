import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Answers } from '@/contract';
import { useDevice } from '@/state/device';
import { dossierDeadline, feesFor, lateFeeOwed, todayInParis, type FeeEstimate, type FeeLine, type Procedure } from '@/domain';
import { feeRates } from '@/procedures/shared/feeRates';
import { SourceList } from '@/features/sources/SourceList';
import { Bilingual } from '@/features/shared/Bilingual';
import { formatCalendarDate, formatEuros } from '@/features/shared/formatting';

function lineText(line: FeeLine, t: TFunction<'wizard'>, language: string): string {
  return t(`fees.items.${line.item}`, { amount: formatEuros(line.euros, language) });
}

function sourcesOf(estimate: FeeEstimate, procedure: Procedure): FeeLine['sources'] {
  const base = procedure.fees?.sources ?? [];
  if (estimate.kind === 'exempt') return [...estimate.exemption.sources, ...base];
  if (estimate.kind === 'due') return [...estimate.lines.flatMap((line) => line.sources), ...base];
  return base;
}

/**
 * What the request costs today, from the dated rate table: each fee, the total, when it is paid
 * (at collection, annexe 10), the rates' date and whether they are confirmed — or the exemption
 * that applies (L. 436-8). Once the deadline has passed, the late fee of L. 436-5 is added (it may
 * be waived for force majeure or a valid visa, which the deadline notice says).
 */
export function FeesSummary({ procedure, answers, now = new Date() }: { procedure: Procedure; answers: Answers; now?: Date }) {
  const { t, i18n } = useTranslation('wizard');
  const { config } = useDevice().runtime;
  const late = lateFeeOwed(dossierDeadline(procedure, answers, now, config)) === 'yes';
  const estimate = feesFor(procedure, answers, todayInParis(now), feeRates, late);
  if (!estimate) return null;
  const language = i18n.language;
  const newest = estimate.kind === 'due' ? [...estimate.lines].sort((a, b) => b.validFrom.localeCompare(a.validFrom))[0] : undefined;
  return (
    <section className="fees" aria-labelledby="fees-title" data-testid="fees" data-fees={estimate.kind}>
      <h2 id="fees-title">{t('fees.title')}</h2>
      <Bilingual ns="wizard" text={(fr) => fr('fees.title')} />
      {estimate.kind === 'free' ? <p>{t('fees.free')}</p> : null}
      {estimate.kind === 'exempt' ? <p>{t('fees.exempt')}</p> : null}
      {estimate.kind === 'due' ? (
        <>
          <ul className="fees__lines">
            {estimate.lines.map((line) => (
              <li key={line.item}>{lineText(line, t, language)}</li>
            ))}
          </ul>
          <p className="fees__total" data-testid="fees-total">
            {t('fees.total', { amount: formatEuros(estimate.total, language) })}
          </p>
          <Bilingual ns="wizard" text={(fr) => fr('fees.total', { amount: formatEuros(estimate.total, 'fr') })} />
          <p>{t('fees.when')}</p>
          {newest ? (
            <p className="field__hint">
              {t(estimate.unconfirmed ? 'fees.ratesUnconfirmed' : 'fees.rates', { date: formatCalendarDate(newest.validFrom, language) })}
            </p>
          ) : null}
        </>
      ) : null}
      <SourceList sources={sourcesOf(estimate, procedure)} />
    </section>
  );
}
