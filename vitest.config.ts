import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const FAKE_INDEXEDDB = './tests/setup/fake-indexeddb.ts';

export default defineConfig({
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  test: {
    // Two runtimes: pure logic and storage in Node (storage over fake-indexeddb), components in
    // jsdom. The e2e tests (tests/e2e) belong to Playwright, never to Vitest.
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
          setupFiles: [FAKE_INDEXEDDB],
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['tests/component/**/*.test.tsx'],
          setupFiles: [FAKE_INDEXEDDB],
        },
      },
    ],
    exclude: ['tests/e2e/**', 'node_modules/**', 'dist/**'],
    // Unit tests must not leak state into one another (a fresh fake IndexedDB per file).
    isolate: true,
    restoreMocks: true,
    unstubGlobals: true,
    unstubEnvs: true,
  },
});
