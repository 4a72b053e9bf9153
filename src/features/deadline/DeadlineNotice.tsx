import { useTranslation } from 'react-i18next';
import { useDevice } from '@/state/device';
import type { Answers } from '@/contract';
import { dossierDeadline, lateFeeOwed, rateOn, todayInParis, type ChannelDecision, type DeadlineVerdict, type Procedure } from '@/domain';
import { SOURCE_LANGUAGE } from '@/i18n/languages';
import { feeRates } from '@/procedures/shared/feeRates';
import { Notice } from '@/ui/Notice';
import { SourceList } from '@/features/sources/SourceList';
import { Bilingual } from '@/features/shared/Bilingual';
import { formatCalendarDate, formatEuros } from '@/features/shared/formatting';

const tone: Record<DeadlineVerdict['kind'], 'info' | 'success' | 'warning' | 'error'> = {
  'invalid-date': 'info',
  'not-concerned': 'info',
  'special-case': 'info',
  'too-early': 'info',
  'in-window': 'success',
  late: 'warning',
  expired: 'error',
  'renew-instead': 'warning',
};

type Message = { key: string; vars: Record<string, string | number> };

/** The locale key and values that say a verdict, dates and amounts written the way `language` writes them. */
function messageFor(verdict: DeadlineVerdict, language: string, lateFee: number): Message | null {
  const date = (iso: string) => formatCalendarDate(iso, language);
  const fee = formatEuros(lateFee, language);
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
      return { key: 'deadline.late', vars: { expiresOn: date(verdict.expiresOn), fee } };
    case 'expired':
      return {
        key: verdict.graceUntil ? 'deadline.expired-grace' : 'deadline.expired',
        vars: {
          expiredOn: date(verdict.expiredOn),
          graceUntil: verdict.graceUntil ? date(verdict.graceUntil) : '',
          fee,
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
 * How the person files: online, at the counter, or not known (both rules said) — "in your
 * département" only when the deployment said so for that département, never for the national default.
 */
function channelKey(channel: ChannelDecision): string {
  const local = channel.from === 'deployment' && channel.departement !== null;
  return `deadline.channel.${channel.channel}${local ? '' : '-nowhere'}`;
}

/**
 * Where the person stands under CESEDA R. 431-5, said as soon as the expiry date is typed: the
 * difference between "in time" and "late" is 180 € and the right to an attestation de prolongation.
 * Which window applies depends on where the title is filed (online or at the counter), which the
 * deployment says for its département, never guessed; the mediator sees where that comes from.
 */
export function DeadlineNotice({ procedure, answers, now = new Date() }: { procedure: Procedure; answers: Answers; now?: Date }) {
  const { t, i18n } = useTranslation();
  const { config } = useDevice().runtime;
  const deadline = dossierDeadline(procedure, answers, now, config);
  const lateFee = rateOn(feeRates, 'late-renewal', todayInParis(now))?.euros ?? 0;
  const message = deadline ? messageFor(deadline.verdict, i18n.language, lateFee) : null;
  if (!deadline || !message) return null;
  const { verdict, channel } = deadline;
  // Past the online window but where the title may be filed at the counter: late on ANEF, on time at
  // the counter — both said, never "late" alone (docs/reviews/legal-2026-12.md row 3).
  const key = lateFeeOwed(deadline) === 'maybe' ? 'deadline.late-if-online' : message.key;
  const { vars } = message;
  // The mediator's French line writes its dates and amounts the French way too.
  const frenchVars = messageFor(verdict, SOURCE_LANGUAGE, lateFee)?.vars ?? vars;
  const where = channel ? { departement: channel.departement ?? '' } : {};
  const channelText = channel ? channelKey(channel) : null;
  return (
    <div data-testid="deadline" data-verdict={verdict.kind} data-channel={channel?.channel}>
      <Notice tone={key === 'deadline.late-if-online' ? 'warning' : tone[verdict.kind]} title={t(`${key}.title`, vars)}>
        <Bilingual text={(fr) => fr(`${key}.title`, frenchVars)} />
        <p>{t(`${key}.body`, vars)}</p>
        <Bilingual text={(fr) => fr(`${key}.body`, frenchVars)} />
        {channelText ? (
          <>
            <p data-testid="deadline-channel">{t(channelText, where)}</p>
            <Bilingual text={(fr) => fr(channelText, where)} />
          </>
        ) : null}
        <SourceList sources={[...(procedure.deadline?.sources ?? []), ...(channel?.sources ?? [])]} />
      </Notice>
    </div>
  );
}
