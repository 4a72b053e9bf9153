/**
 * The live camera, where the browser allows it: getUserMedia needs a secure context and the
 * person's permission; old Android WebViews and some in-app browsers have neither. Everything
 * else falls back to the system camera (an <input capture>), which always works.
 */
export type CameraProblem = 'denied' | 'no-camera' | 'busy' | 'failed';

export function hasLiveCamera(): boolean {
  return typeof navigator !== 'undefined' && typeof navigator.mediaDevices?.getUserMedia === 'function' && window.isSecureContext;
}

export class CameraUnavailable extends Error {
  constructor(readonly problem: CameraProblem) {
    super(problem);
  }
}

/**
 * The back camera at the highest resolution it offers up to 4K: a document needs pixels (an A4
 * page at 200 dpi is 1654 × 2339), and `ideal` never fails on a camera that has fewer.
 */
export async function openBackCamera(): Promise<MediaStream> {
  try {
    return await navigator.mediaDevices.getUserMedia({
      audio: false,
      video: { facingMode: { ideal: 'environment' }, width: { ideal: 3840 }, height: { ideal: 2160 } },
    });
  } catch (error) {
    const name = error instanceof DOMException ? error.name : '';
    if (name === 'NotAllowedError' || name === 'SecurityError') throw new CameraUnavailable('denied');
    if (name === 'NotFoundError' || name === 'OverconstrainedError') throw new CameraUnavailable('no-camera');
    if (name === 'NotReadableError' || name === 'AbortError') throw new CameraUnavailable('busy');
    throw new CameraUnavailable('failed');
  }
}

/** Turns the camera off (its light too): a shared tablet must not keep filming. */
export function stopCamera(stream: MediaStream | null): void {
  stream?.getTracks().forEach((track) => track.stop());
}

type ImageCaptureLike = { takePhoto(): Promise<Blob> };
type ImageCaptureConstructor = new (track: MediaStreamTrack) => ImageCaptureLike;

/**
 * One still. ImageCapture.takePhoto (Chromium, Android) gives the sensor's full resolution with
 * autofocus; elsewhere, or when it fails (some drivers refuse it while previewing), the current
 * video frame is drawn and encoded at a high quality — the capture pipeline re-encodes it anyway.
 */
export async function takeStill(stream: MediaStream, video: HTMLVideoElement): Promise<Blob> {
  const track = stream.getVideoTracks()[0];
  const ImageCaptureClass = (globalThis as { ImageCapture?: ImageCaptureConstructor }).ImageCapture;
  if (track && ImageCaptureClass) {
    try {
      return await new ImageCaptureClass(track).takePhoto();
    } catch {
      // fall through to the frame
    }
  }
  const canvas = document.createElement('canvas');
  canvas.width = video.videoWidth;
  canvas.height = video.videoHeight;
  const context = canvas.getContext('2d');
  if (context === null || canvas.width === 0) throw new CameraUnavailable('failed');
  context.drawImage(video, 0, 0);
  return new Promise<Blob>((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new CameraUnavailable('failed'))), 'image/jpeg', 0.92);
  });
}
