import { useTranslation } from 'react-i18next';
import { requestFollowUp } from '@/state/followUpService';
import { attestationEnding, implicitRefusalOn, todayInParis, type Procedure } from '@/domain';
import { sources } from '@/procedures/shared/sources';
import { getFollowUp, listAttestations } from '@/storage';
import { Button } from '@/ui/Button';
import { Notice } from '@/ui/Notice';
import { SourceList } from '@/features/sources/SourceList';
import { Bilingual } from '@/features/shared/Bilingual';
import { formatCalendarDate, formatParisDateTime } from '@/features/shared/formatting';
import { receiverVars, useFiledReceiver } from '@/features/shared/receiver';
import { useLive } from '@/state/useLive';
import { AttestationCard } from './AttestationCard';
import { RefusalHelp } from './RefusalHelp';
import './followup.css';

/**
 * After filing: how far the prefecture is, and every attestation de prolongation d'instruction
 * (R. 431-15-1), kept on the device so the person can show it offline — with the time of the last
 * check, since an old answer must never pass for today's. Also what the person must know while
 * waiting: an attestation about to end (the prefect must renew it), the day silence becomes a
 * refusal (R. 432-2; 90 days for students, R. 422-5) and the help to get then, what a favourable
 * decision gives. A relay's or a sandbox's follow-up says whose it is.
 */
export function FollowUpPanel({ dossierId, procedure, filedAt }: { dossierId: string; procedure: Procedure; filedAt: string }) {
  const { t, i18n } = useTranslation('wizard');
  const receiver = useFiledReceiver(dossierId);
  const to = receiverVars(receiver);
  const followUp = useLive(`follow-up:${dossierId}`, () => getFollowUp(dossierId));
  const attestations = useLive(`attestations:${dossierId}`, () => listAttestations(dossierId));
  const row = followUp.status === 'ready' ? followUp.value : undefined;
  const review = row?.review;
  const decided = review?.stage === 'decided';
  const stageKey = review ? (decided ? `followUp.decided.${review.decision ?? 'unknown'}` : `followUp.stage.${review.stage}`) : 'followUp.stage.received';
  const failedLast = row?.lastCheckFailedAt !== undefined && row.lastCheckFailedAt > (row.checkedAt ?? 0);
  const today = todayInParis(new Date());
  const held = attestations.status === 'ready' ? attestations.value : [];
  const ending = !decided ? attestationEnding(held.map((a) => a.validUntil), today) : null;
  // The clock of R. 432-2 runs from the prefecture's registration: known here only when the
  // administration itself received the dossier.
  const refusalOn = receiver.kind === 'administration' && procedure.decision ? implicitRefusalOn(procedure.decision, todayInParis(new Date(filedAt))) : null;
  const silentRefusal = !decided && refusalOn !== null && today >= refusalOn;
  const date = (iso: string) => formatCalendarDate(iso, i18n.language);
  const silenceKey = silentRefusal ? 'followUp.silence.passed' : 'followUp.silence.until';
  return (
    <section className="follow-up" aria-labelledby={`follow-up-${dossierId}`} data-testid="follow-up">
      <h2 id={`follow-up-${dossierId}`}>{t('followUp.title', to)}</h2>
      <p className="follow-up__stage" data-testid="follow-up-stage">
        {t(stageKey, to)}
      </p>
      <Bilingual ns="wizard" text={(fr) => fr(stageKey, to)} />
      {decided && review.decision === 'refused' ? <RefusalHelp /> : null}
      {decided && review.decision === 'granted' && receiver.kind !== 'sandbox' ? <SourceList sources={[sources.r431151]} /> : null}
      {!decided && refusalOn ? (
        <div data-testid="implicit-refusal">
          <Notice tone={silentRefusal ? 'error' : 'info'} title={t(silenceKey, { date: date(refusalOn) })}>
            <Bilingual ns="wizard" text={(fr) => fr(silenceKey, { date: formatCalendarDate(refusalOn, 'fr') })} />
            <p>{t('followUp.silence.body')}</p>
            <Bilingual ns="wizard" text={(fr) => fr('followUp.silence.body')} />
            {silentRefusal ? <RefusalHelp implicit /> : <SourceList sources={procedure.decision?.sources ?? []} />}
          </Notice>
        </div>
      ) : null}
      {receiver.kind === 'relay' && !decided ? <p>{t('followUp.relayClock', to)}</p> : null}
      {ending ? (
        <div data-testid="attestation-ending">
          <Notice tone="warning" title={t(ending.ended ? 'followUp.ending.ended' : 'followUp.ending.soon', { date: date(ending.endsOn) })}>
            <p>{t('followUp.ending.body')}</p>
            <Bilingual ns="wizard" text={(fr) => fr('followUp.ending.body')} />
            <SourceList sources={[sources.r431151, sources.arrete1Aug2023]} />
          </Notice>
        </div>
      ) : null}
      <p className="follow-up__checked">
        {row?.checkedAt ? t('followUp.checkedAt', { time: formatParisDateTime(row.checkedAt, i18n.language) }) : t('followUp.neverChecked', to)}
        {failedLast ? ` ${t('followUp.lastCheckFailed')}` : ''}
      </p>
      <Button variant="secondary" onClick={() => requestFollowUp()}>
        {t('followUp.checkNow')}
      </Button>
      {held.length > 0 ? (
        <ul className="follow-up__attestations" aria-label={t('followUp.attestationsTitle')}>
          {held.map((attestation) => (
            <li key={attestation.id}>
              <AttestationCard attestation={attestation} />
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
