import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDevice } from '@/state/device';
import { navigate } from '@/state/navigation';
import { requestSync } from '@/state/syncService';
import { procedureOrder } from '@/procedures/order';
import { createDossier, listDossiers, StorageFullError, type DossierRecord } from '@/storage';
import { Button } from '@/ui/Button';
import { Notice } from '@/ui/Notice';
import { useUnlockedProfile } from '@/state/session';
import { useLive } from '@/state/useLive';
import { DossierCard } from './DossierCard';
import { FrenchTerms } from '@/features/shared/FrenchTerms';
import './dossiers.css';

/** Asked once per device: kept off the first load of every later start. */
const FirstStartQuestion = lazy(() => import('@/features/device/FirstStartQuestion').then((m) => ({ default: m.FirstStartQuestion })));

export function HomeScreen() {
  const { t, i18n } = useTranslation(['common', 'wizard']);
  const dossiers = useLive('dossiers', listDossiers);
  const [error, setError] = useState<string | null>(null);
  const { mode, hiddenDossiers } = useDevice();
  const profile = useUnlockedProfile();
  // Asked until answered; kept for this visit once answered, so the answer is confirmed in place.
  const [asking] = useState(mode.source === 'default');

  const start = async (procedureId: string) => {
    try {
      // The catalogue (rules, sources, fees) is the wizard's, loaded with it rather than at start.
      const { findProcedure } = await import('@/procedures');
      const procedure = findProcedure(procedureId);
      const firstStep = procedure?.steps[0]?.id;
      if (!procedure || !firstStep) return;
      const dossier = await createDossier({
        procedureId,
        procedureVersion: procedure.version,
        language: i18n.language,
        firstStep,
      });
      navigate({ name: 'dossier', id: dossier.id, step: firstStep });
    } catch (cause) {
      setError(cause instanceof StorageFullError ? t('errors.storage-full') : t('errors.storage'));
    }
  };

  // Cancelled dossiers stay visible (their history is kept), after the ones still in progress.
  // On a kiosk, the previous person's dossiers still waiting for the network are not shown. On a
  // mediator's tablet, each mediator sees their own; dossiers with no owner were created before
  // profiles existed (or before the device became a mediator's) and are shown to every profile.
  const mine = (ownerId: string | undefined) => mode.mode !== 'mediator' || ownerId === undefined || ownerId === profile?.id;
  // A dossier sealed under a key not held here (another profile's, an ended kiosk visit's) says
  // nothing it could be listed by: its procedure is sealed too.
  const all = dossiers.status === 'ready' ? dossiers.value.filter((d): d is DossierRecord => d.locked !== true && !hiddenDossiers.has(d.id) && mine(d.ownerId)) : [];
  const list = [...all.filter((d) => d.status !== 'cancelled'), ...all.filter((d) => d.status === 'cancelled')];
  const waiting = list.filter((d) => d.status === 'queued').length;

  const dossiersSection = (
    <section aria-labelledby="dossiers-heading" className="section">
      <h2 id="dossiers-heading">{t('home.dossiersTitle')}</h2>
      {dossiers.status === 'loading' ? <p>{t('loading')}</p> : null}
      {dossiers.status === 'error' ? <Notice tone="error">{t('errors.storage')}</Notice> : null}
      {dossiers.status === 'ready' && list.length === 0 ? <p>{t('home.empty')}</p> : null}
      {list.length > 0 ? (
        <ul className="dossier-list" data-testid="dossier-list">
          {list.map((dossier) => (
            <DossierCard key={dossier.id} dossier={dossier} />
          ))}
        </ul>
      ) : null}
    </section>
  );
  const catalogueSection = (
    <section aria-labelledby="start-heading" className="section">
      <h2 id="start-heading">{t('home.startTitle')}</h2>
      <ul className="procedure-list">
        {procedureOrder.map((id) => (
          <li key={id} className="procedure-card">
            <h3 className="procedure-card__title">
              <FrenchTerms text={t(`wizard:procedures.${id}.title`)} />
            </h3>
            <p>
              <FrenchTerms text={t(`wizard:procedures.${id}.description`)} />
            </p>
            <Button onClick={() => void start(id)}>{t('home.start')}</Button>
          </li>
        ))}
      </ul>
    </section>
  );

  return (
    <div className="screen">
      <h1>{t('home.title')}</h1>
      <p className="lead">{t('home.intro')}</p>
      {asking ? (
        <Suspense fallback={null}>
          <FirstStartQuestion />
        </Suspense>
      ) : null}
      {error ? <Notice tone="error">{error}</Notice> : null}
      {waiting > 0 ? (
        <Notice tone="warning" title={t('home.waitingTitle', { n: waiting })}>
          <p>{t('home.waitingBody')}</p>
          <Button variant="secondary" onClick={() => requestSync('send-now')}>
            {t('sync.sendNow')}
          </Button>
        </Notice>
      ) : null}

      {/* The person's own dossiers first: coming back to one is the commonest reason to open Relais. */}
      {list.length > 0 ? dossiersSection : null}
      {catalogueSection}
      {list.length > 0 ? null : dossiersSection}
    </div>
  );
}
