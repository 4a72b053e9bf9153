import { useTranslation } from 'react-i18next';
import type { Answers } from '@/contract';
import type { DeadlineVerdict, Procedure } from '@/domain';
import { Notice } from '@/ui/Notice';
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

/**
 * Where the person stands under CESEDA R. 431-5, said as soon as the expiry date is typed: the
 * difference between "in time" and "late" is 180 € and the right to an attestation de prolongation.
 */
export function DeadlineNotice({ procedure, answers }: { procedure: Procedure; answers: Answers }) {
  const { t, i18n } = useTranslation();
  const verdict = deadlineFor(procedure, answers);
  if (!verdict) return null;
  const date = (iso: string) => formatCalendarDate(iso, i18n.language);
  let key: string;
  let vars: Record<string, string | number> = {};
  switch (verdict.kind) {
    case 'special-case':
      key = `deadline.special-${verdict.reason}`;
      break;
    case 'too-early':
      key = 'deadline.too-early';
      vars = { opensOn: date(verdict.opensOn), closesOn: date(verdict.closesOn) };
      break;
    case 'in-window':
      key = verdict.daysLeft === 0 ? 'deadline.in-window-last-day' : 'deadline.in-window';
      vars = { closesOn: date(verdict.closesOn), daysLeft: verdict.daysLeft };
      break;
    case 'late':
      key = 'deadline.late';
      vars = { expiresOn: date(verdict.expiresOn), fee: verdict.lateFeeEuros };
      break;
    case 'expired':
      key = verdict.graceUntil ? 'deadline.expired-grace' : 'deadline.expired';
      vars = {
        expiredOn: date(verdict.expiredOn),
        graceUntil: verdict.graceUntil ? date(verdict.graceUntil) : '',
        fee: verdict.lateFeeEuros,
        firstRequestRulesFrom: date(verdict.firstRequestRulesFrom),
      };
      break;
    case 'renew-instead':
      key = 'deadline.renew-instead';
      vars = { expiresOn: date(verdict.expiresOn) };
      break;
    default:
      return null;
  }
  return (
    <div data-testid="deadline" data-verdict={verdict.kind}>
      <Notice tone={tone[verdict.kind]} title={t(`${key}.title`, vars)}>
        <p>{t(`${key}.body`, vars)}</p>
        <p className="notice__source">{procedure.deadline?.sources.map((s) => s.ref).join(' · ')}</p>
      </Notice>
    </div>
  );
}
