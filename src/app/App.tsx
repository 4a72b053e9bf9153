import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { purgeDeliveredDocuments } from '@/storage';
import type { LoadedRuntimeConfig } from '@/sync';
import { Button } from '@/ui/Button';
import { Notice } from '@/ui/Notice';
import { HomeScreen } from '@/features/dossiers/HomeScreen';
import { DeviceGate } from '@/features/lock/DeviceGate';
import { Link } from '@/features/shared/Link';
import { REVIEW_STEP } from '@/features/wizard/reviewStep';
import { DeviceProvider, useDevice } from '@/state/device';
import { ErrorBoundary } from './ErrorBoundary';
import { Layout } from './Layout';
import { useRoute } from '@/state/navigation';
import { installFollowUpTriggers } from '@/state/followUpService';
import { installSyncTriggers } from '@/state/syncService';

/**
 * The wizard (forms, validation, documents) is a separate chunk: the home screen shows first on a
 * 2G phone, and the service worker has precached the wizard for offline use anyway.
 */
const WizardScreen = lazy(() => import('@/features/wizard/WizardScreen').then((m) => ({ default: m.WizardScreen })));
/** Only a kiosk needs its clock, and only the device screen its settings: off a phone's first load. */
const KioskSession = lazy(() => import('@/features/kiosk/KioskSession').then((m) => ({ default: m.KioskSession })));
/** Only on a device that was a kiosk and still holds a visitor's filing waiting for the network. */
const LeftBehindSweeper = lazy(() => import('@/features/kiosk/useLeftBehindSweep').then((m) => ({ default: m.LeftBehindSweeper })));
const DeviceScreen = lazy(() => import('@/features/device/DeviceScreen').then((m) => ({ default: m.DeviceScreen })));
/** "Blocked?" cites its sources in full: off the first load, precached for offline use like the rest. */
const BlockedScreen = lazy(() => import('@/features/help/BlockedScreen').then((m) => ({ default: m.BlockedScreen })));

function CrashScreen({ reset }: { reset: () => void }) {
  const { t } = useTranslation();
  return (
    <Notice tone="error" title={t('errors.crashTitle')}>
      <p>{t('errors.crashBody')}</p>
      <Button onClick={reset}>{t('errors.retry')}</Button>
    </Notice>
  );
}

function Screens() {
  const routed = useRoute();
  const { t } = useTranslation();
  const { mode, runtime, hiddenDossiers } = useDevice();
  // A kiosk's left-behind dossier (the previous person's, waiting for the network) is not there for
  // the next person, even through the browser's Back button.
  const route = routed.name === 'dossier' && hiddenDossiers.has(routed.id) ? { name: 'not-found' as const } : routed;
  const editing = route.name === 'dossier' && route.step !== REVIEW_STEP;
  return (
    <Layout editing={editing}>
      {mode.mode === 'kiosk' ? (
        <Suspense fallback={null}>
          <KioskSession idleSeconds={runtime.config.kioskIdleSeconds} countdownSeconds={runtime.config.kioskCountdownSeconds} />
        </Suspense>
      ) : hiddenDossiers.size > 0 ? (
        <Suspense fallback={null}>
          <LeftBehindSweeper />
        </Suspense>
      ) : null}
      <ErrorBoundary fallback={(reset) => <CrashScreen reset={reset} />}>
        {/* A mediator's tablet, or a phone with its own code, shows the lock screen instead of these until unlocked. */}
        <DeviceGate>
          {route.name === 'home' ? <HomeScreen /> : null}
          {route.name === 'blocked' ? (
            <Suspense fallback={<p className="screen">{t('loading')}</p>}>
              <BlockedScreen />
            </Suspense>
          ) : null}
          {route.name === 'device' ? (
            <Suspense fallback={<p className="screen">{t('loading')}</p>}>
              <DeviceScreen />
            </Suspense>
          ) : null}
          {route.name === 'dossier' ? (
            <Suspense fallback={<p className="screen">{t('loading')}</p>}>
              <WizardScreen key={route.id} dossierId={route.id} stepId={route.step} />
            </Suspense>
          ) : null}
          {route.name === 'not-found' ? (
            <div className="screen">
              <h1>{t('notFound.title')}</h1>
              <Link to={{ name: 'home' }}>{t('backHome')}</Link>
            </div>
          ) : null}
        </DeviceGate>
      </ErrorBoundary>
    </Layout>
  );
}

/** `runtime`: the deployment's config.json as read at start (src/sync/runtimeConfig.ts). */
export function App({ runtime }: { runtime: LoadedRuntimeConfig }) {
  useEffect(() => installSyncTriggers(), []);
  useEffect(() => installFollowUpTriggers(), []);
  // Filed documents' bytes leave the device after the deployment's retention; a failure waits for the next start.
  const { retentionDays } = runtime.config;
  useEffect(() => {
    purgeDeliveredDocuments(Date.now(), retentionDays).catch(() => undefined);
  }, [retentionDays]);
  const boot = <p className="boot">…</p>;
  return (
    <Suspense fallback={boot}>
      <DeviceProvider runtime={runtime} fallback={boot}>
        <Screens />
      </DeviceProvider>
    </Suspense>
  );
}
