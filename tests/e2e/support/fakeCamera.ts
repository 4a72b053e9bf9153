/**
 * What Chromium's fake camera films in the e2e tests (--use-file-for-fake-video-capture): a
 * landscape frame of a white portrait "page" with dark text lines, lying on a dark table, as a
 * phone sees a sheet on a desk. A portrait page coming out of a landscape frame proves the crop.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { REPO_ROOT } from './env';

export const FAKE_CAMERA_FILE = join(REPO_ROOT, 'test-results', 'camera', 'page-on-table.y4m');

const WIDTH = 1280;
const HEIGHT = 720;
export const PAGE_BOX = { left: 430, top: 40, width: 440, height: 622 }; // ≈ A4 portrait

export function writeFakeCameraFile(): void {
  const luma = new Uint8Array(WIDTH * HEIGHT).fill(55);
  for (let y = PAGE_BOX.top; y < PAGE_BOX.top + PAGE_BOX.height; y++) {
    for (let x = PAGE_BOX.left; x < PAGE_BOX.left + PAGE_BOX.width; x++) luma[y * WIDTH + x] = 235;
  }
  for (let line = 0; line < 24; line++) {
    const top = PAGE_BOX.top + 50 + line * 22;
    const length = 260 + ((line * 53) % 110);
    for (let y = top; y < top + 6; y++) {
      for (let x = PAGE_BOX.left + 40; x < PAGE_BOX.left + 40 + length; x++) luma[y * WIDTH + x] = 25;
    }
  }
  // 4:2:0 chroma at neutral grey: the picture has no colour.
  const chroma = new Uint8Array((WIDTH / 2) * (HEIGHT / 2) * 2).fill(128);
  const header = Buffer.from(`YUV4MPEG2 W${WIDTH} H${HEIGHT} F30:1 Ip A1:1 C420jpeg\nFRAME\n`, 'latin1');
  mkdirSync(dirname(FAKE_CAMERA_FILE), { recursive: true });
  writeFileSync(FAKE_CAMERA_FILE, Buffer.concat([header, luma, chroma]));
}
