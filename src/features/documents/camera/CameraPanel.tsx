import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/ui/Button';
import { Notice } from '@/ui/Notice';
import type { DraftPage } from '../usePageDraft';
import { CameraUnavailable, openBackCamera, stopCamera, takeStill, type CameraProblem } from './liveCamera';
import './camera.css';

type State = { kind: 'starting' } | { kind: 'live' } | { kind: 'unavailable'; problem: CameraProblem };

/**
 * The live camera in a modal dialog (focus stays inside, Escape closes): a frame guide shows
 * where the page goes; each shot becomes a page at once, with its quality warnings and a retake,
 * so a five-page payslip set is taken without leaving the camera. When the camera cannot be used
 * the person is offered the phone's own camera app instead.
 */
export function CameraPanel({
  label,
  single,
  lastPage,
  pageCount,
  onShot,
  onRetakeLast,
  onSystemCamera,
  onClose,
}: {
  label: string;
  /** Retaking one page: the panel closes after one shot. */
  single: boolean;
  lastPage: DraftPage | undefined;
  pageCount: number;
  onShot: (photo: Blob) => Promise<void>;
  onRetakeLast: () => void;
  onSystemCamera: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation('wizard');
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const video = useRef<HTMLVideoElement>(null);
  const stream = useRef<MediaStream | null>(null);
  const [state, setState] = useState<State>({ kind: 'starting' });
  const [shooting, setShooting] = useState(false);

  useEffect(() => {
    // StrictMode runs this twice in development: showModal on an open dialog would throw.
    const modal = dialog.current;
    if (modal && !modal.open) modal.showModal();
    let cancelled = false;
    openBackCamera().then(
      (opened) => {
        if (cancelled) {
          stopCamera(opened);
          return;
        }
        stream.current = opened;
        if (video.current) video.current.srcObject = opened;
        setState({ kind: 'live' });
      },
      (error: unknown) => {
        if (!cancelled) setState({ kind: 'unavailable', problem: error instanceof CameraUnavailable ? error.problem : 'failed' });
      },
    );
    return () => {
      cancelled = true;
      stopCamera(stream.current);
      stream.current = null;
    };
  }, []);

  const shoot = async () => {
    const current = stream.current;
    if (!current || !video.current || shooting) return;
    setShooting(true);
    try {
      const photo = await takeStill(current, video.current);
      await onShot(photo);
      if (single) onClose();
    } catch {
      setState({ kind: 'unavailable', problem: 'failed' });
    } finally {
      setShooting(false);
    }
  };

  return (
    <dialog
      ref={dialog}
      className="camera-panel"
      aria-labelledby={`${id}-title`}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={`${id}-title`} className="camera-panel__title">
        {t('camera.title', { label })}
      </h2>
      {state.kind === 'unavailable' ? (
        <>
          <Notice tone="error">{t(`camera.problems.${state.problem}`)}</Notice>
          <Button onClick={onSystemCamera}>{t('camera.useSystemCamera')}</Button>
        </>
      ) : (
        <>
          <div className="camera-panel__viewer">
            {/* muted + playsInline: iOS and Android refuse to autoplay a stream otherwise. */}
            <video ref={video} className="camera-panel__video" autoPlay muted playsInline aria-hidden="true" />
            <div className="camera-panel__guide" aria-hidden="true" />
          </div>
          <p className="camera-panel__hint">{t(state.kind === 'starting' ? 'camera.starting' : 'camera.hint')}</p>
          <Button className="camera-panel__shutter" disabled={state.kind !== 'live' || shooting} onClick={() => void shoot()}>
            {t(shooting ? 'capture.processing' : 'camera.shoot')}
          </Button>
        </>
      )}
      <div role="status" className="camera-panel__last">
        {!single && lastPage ? (
          <>
            <img className="thumbnail" src={lastPage.url} alt={t('capture.pageAlt', { page: t('capture.pageName', { n: pageCount }), label })} />
            <span>{t('camera.taken', { n: pageCount })}</span>
            {lastPage.quality.warnings.map((warning) => (
              <span key={warning} className="page-item__warning">
                {t(`capture.warnings.${warning}`)}
              </span>
            ))}
            {lastPage.quality.warnings.length > 0 ? (
              <Button variant="link" onClick={onRetakeLast}>
                {t('camera.retakeLast')}
              </Button>
            ) : null}
          </>
        ) : null}
      </div>
      <div className="camera-panel__actions">
        {state.kind !== 'unavailable' ? (
          <Button variant="link" onClick={onSystemCamera}>
            {t('camera.useSystemCamera')}
          </Button>
        ) : null}
        <Button variant="secondary" onClick={onClose}>
          {t(pageCount > 0 && !single ? 'camera.done' : 'camera.close')}
        </Button>
      </div>
    </dialog>
  );
}
