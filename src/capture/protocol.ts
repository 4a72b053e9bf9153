import type { CapturedPage, CaptureMode } from './types';

/** Page → worker. The settings travel with the job, so that the worker never imports the
 * configuration (and, through it, zod). */
export type CaptureJob = {
  id: number;
  file: Blob;
  mode: CaptureMode;
  targetLongSidePx: number;
  jpegQuality: number;
};

/** Worker → page. `jpeg` is transferred, not copied. */
export type CaptureReply =
  | { id: number; ok: true; page: CapturedPage }
  | { id: number; ok: false; reason: 'undecodable'; detail: string };
