/**
 * Why a file was refused. Each reason maps to one message on screen (the UI owns the words):
 * - `empty`: 0 bytes (a failed download, a cloud placeholder);
 * - `too-large`: above `captureLimits.maxInputBytes`, refused from the size alone;
 * - `heic`: an iPhone photo the browser cannot decode: advise taking the photo with the app's camera;
 * - `not-an-image`: the bytes are not JPEG, PNG or WebP, whatever the file name says;
 * - `undecodable`: looked like an image but the browser could not decode it (corrupt, truncated);
 * - `cancelled`: the caller aborted.
 */
export type CaptureRefusal = 'empty' | 'too-large' | 'heic' | 'not-an-image' | 'undecodable' | 'cancelled';

export class CaptureError extends Error {
  override readonly name = 'CaptureError';

  constructor(
    readonly reason: CaptureRefusal,
    detail?: string,
  ) {
    super(detail === undefined ? `capture refused: ${reason}` : `capture refused: ${reason} (${detail})`);
  }
}
