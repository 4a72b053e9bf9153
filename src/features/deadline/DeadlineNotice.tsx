import { useTranslation } from 'react-i18next';
import type { Answers } from '@/contract';
import type { DeadlineVerdict, Procedure } from '@/domain';
import { SOURCE_LANGUAGE } from '@/i18n/languages';
import { Notice } from '@/ui/Notice';
import { Bilingual } from '@/features/shared/Bilingual';
import { formatCalendarDate } from '@/features/shared/formatting';
import { deadlineFor } from './deadlineFor';

const tone: Record<DeadlineVerdict['kind'], 'info' | 'success' | 'warning' | 'error'> = {
  'invalid-date': 'info',
  'not-concerned': 'info',
  'special-case': 'warning',
  'too-early': 'info',
  'in-window': 'success',
  late: 'warning',
  expired: 'error',
  'renew-instead': 'warning',
};

type Message = { key: string; vars: Record<string, string | number> };

/** The locale key and values that say a verdict, dates written the way `language` writes them. */
function messageFor(verdict: DeadlineVerdict, language: string): Message | null {
  const date = (iso: string) => formatCalendarDate(iso, language);
  switch (verdict.kind) {
    case 'special-case':
      return { key: `deadline.special-${verdict.reason}`, vars: {} };
    case 'too-early':
      return { key: 'deadline.too-early', vars: { opensOn: date(verdict.opensOn), closesOn: date(verdict.closesOn) } };
    case 'in-window':
      return {
        key: verdict.daysLeft === 0 ? 'deadline.in-window-last-day' : 'deadline.in-window',
        vars: { closesOn: date(verdict.closesOn), daysLeft: verdict.daysLeft },
      };
    case 'late':
      return { key: 'deadline.late', vars: { expiresOn: date(verdict.expiresOn), fee: verdict.lateFeeEuros } };
    case 'expired':
      return {
        key: verdict.graceUntil ? 'deadline.expired-grace' : 'deadline.expired',
        vars: {
          expiredOn: date(verdict.expiredOn),
          graceUntil: verdict.graceUntil ? date(verdict.graceUntil) : '',
          fee: verdict.lateFeeEuros,
          firstRequestRulesFrom: date(verdict.firstRequestRulesFrom),
        },
      };
    case 'renew-instead':
      return { key: 'deadline.renew-instead', vars: { expiresOn: date(verdict.expiresOn) } };
    default:
      return null;
  }
}

/**
 * Where the person stands under CESEDA R. 431-5, said as soon as the expiry date is typed: the
 * difference between "in time" and "late" is 180 € and the right to an attestation de prolongation.
 */
export function DeadlineNotice({ procedure, answers }: { procedure: Procedure; answers: Answers }) {
  const { t, i18n } = useTranslation();
  const verdict = deadlineFor(procedure, answers);
  const message = verdict ? messageFor(verdict, i18n.language) : null;
  if (!verdict || !message) return null;
  const { key, vars } = message;
  // The mediator's French line writes its dates the French way too.
  const frenchVars = messageFor(verdict, SOURCE_LANGUAGE)?.vars ?? vars;
  return (
    <div data-testid="deadline" data-verdict={verdict.kind}>
      <Notice tone={tone[verdict.kind]} title={t(`${key}.title`, vars)}>
        <Bilingual text={(fr) => fr(`${key}.title`, frenchVars)} />
        <p>{t(`${key}.body`, vars)}</p>
        <Bilingual text={(fr) => fr(`${key}.body`, frenchVars)} />
        <p className="notice__source">{procedure.deadline?.sources.map((s) => s.ref).join(' · ')}</p>
      </Notice>
    </div>
  );
}
