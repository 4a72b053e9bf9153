import { playwright } from '@vitest/browser-playwright';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { CHROMIUM_LAUNCH } from '../../scripts/lib/chromium';

/**
 * Tests that need a real browser (`npm run test:browser`): canvas, OffscreenCanvas,
 * createImageBitmap and Web Workers do not exist in jsdom. Debian's Chromium, never a downloaded
 * one (docs/toolchain.md). This file lives here rather than at the root so that tsconfig.node.json
 * (which includes `tests`) typechecks and lints it.
 */
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  resolve: {
    alias: { '@': fileURLToPath(new URL('../../src', import.meta.url)) },
  },
  // Pre-bundled up front: discovered mid-run, they make Vite reload the page under a running test.
  optimizeDeps: { include: ['pdf-lib', 'zod/mini'] },
  test: {
    name: 'browser',
    include: ['tests/browser/**/*.test.ts'],
    // 12 MP fixtures and real codecs on a 2-core machine.
    testTimeout: 60_000,
    browser: {
      enabled: true,
      headless: true,
      screenshotFailures: false,
      provider: playwright({
        launchOptions: CHROMIUM_LAUNCH,
      }),
      instances: [{ browser: 'chromium' }],
    },
  },
});
