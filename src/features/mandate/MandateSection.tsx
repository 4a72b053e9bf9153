import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDevice } from '@/state/device';
import { mandateStatus, type MandateDetails } from '@/domain';
import { listMandates, type DossierRecord } from '@/storage';
import { Button } from '@/ui/Button';
import { useLive } from '@/state/useLive';
import { ActiveMandate } from './ActiveMandate';
import { ConsentStep } from './ConsentStep';
import { MandateForm } from './MandateForm';
import { PastMandates } from './PastMandates';
import { useNow } from './useNow';
import './mandate.css';

type Recording = { step: 'details'; details: MandateDetails | null } | { step: 'consent'; details: MandateDetails };

/**
 * The dossier's mandate (docs/design.md: "consent (mandate) recorded"; CNIL guidance for helpers: a
 * mandate listing the exact actions allowed). None in force: record one with the person. One in
 * force: its terms, the attestation to print, revocation. Ended ones stay listed.
 */
export function MandateSection({ dossier }: { dossier: Pick<DossierRecord, 'id' | 'language'> }) {
  const { t } = useTranslation('mandate');
  const { mode } = useDevice();
  const now = useNow();
  // The time of each read goes with it: a mandate recorded or revoked a moment ago shows at once.
  const live = useLive(`mandates:${dossier.id}`, async () => ({ mandates: await listMandates(dossier.id), readAt: Date.now() }));
  const [recording, setRecording] = useState<Recording | null>(null);
  if (live.status !== 'ready') return null;
  const at = Math.max(now, live.value.readAt);
  const { mandates } = live.value;
  // A mandate applies where someone acts for the person — a mediator's tablet. On a person's own
  // phone or a kiosk the section is only shown for mandates recorded when the device was a tablet.
  if (mode.mode !== 'mediator' && mandates.length === 0) return null;
  const active = mandates.filter((m) => mandateStatus(m, at) === 'active').at(-1);
  const others = mandates.filter((m) => m !== active);

  let body;
  if (active) body = <ActiveMandate mandate={active} />;
  else if (recording?.step === 'details')
    body = <MandateForm initial={recording.details} onNext={(details) => setRecording({ step: 'consent', details })} onCancel={() => setRecording(null)} />;
  else if (recording?.step === 'consent')
    body = (
      <ConsentStep
        dossier={dossier}
        details={recording.details}
        onBack={() => setRecording({ step: 'details', details: recording.details })}
        onRecorded={() => setRecording(null)}
      />
    );
  else
    body = (
      <>
        <p>{t('none')}</p>
        <p className="field__hint">{t('intro')}</p>
        <Button onClick={() => setRecording({ step: 'details', details: null })}>{t('start')}</Button>
      </>
    );

  return (
    <section className="summary-section mandate" aria-labelledby="mandate-title" data-testid="mandate">
      <h2 id="mandate-title">{t('title')}</h2>
      {body}
      <PastMandates mandates={others} at={at} />
    </section>
  );
}
