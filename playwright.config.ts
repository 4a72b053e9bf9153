import { defineConfig } from '@playwright/test';
import { CHROMIUM_LAUNCH } from './scripts/lib/chromium';
import {
  E2E_BASE_URL,
  DIST_DIR,
  E2E_DATA_DIR,
  E2E_FAULTS_BASE_URL,
  E2E_FAULTS_DATA_DIR,
  E2E_FAULTS_PORT,
  E2E_PORT,
} from './tests/e2e/support/env';
import { FAKE_CAMERA_FILE } from './tests/e2e/support/fakeCamera';

const CI = Boolean(process.env.CI);

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/playwright',
  globalSetup: './tests/e2e/support/global-setup.ts',
  fullyParallel: false,
  forbidOnly: CI,
  retries: CI ? 1 : 0,
  // Two everywhere (2-core machines): with one, CI's end-to-end stage alone took 12 of the suite's
  // 15.6 minutes. The tests share one server and database and are written for it (each makes its
  // own dossiers). The chaos spec, tagged @alone, has its own server and runs after the rest with
  // nothing beside it (scripts/test.sh).
  workers: 2,
  reporter: 'list',
  timeout: 30_000,
  expect: { timeout: 5_000 },

  use: {
    baseURL: E2E_BASE_URL,
    browserName: 'chromium',
    // Debian's Chromium: Playwright's browser download cannot work here (docs/toolchain.md).
    // The camera films a generated page (written by globalSetup) and is allowed without a prompt.
    launchOptions: {
      ...CHROMIUM_LAUNCH,
      args: [...CHROMIUM_LAUNCH.args, '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${FAKE_CAMERA_FILE}`],
    },
    // Named permissions replace the defaults: background-sync is granted in a real Chrome.
    permissions: ['camera', 'background-sync'],
    serviceWorkers: 'allow',
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },

  projects: [
    {
      // A PAN mediator's shared tablet, in landscape.
      name: 'tablet',
      use: { viewport: { width: 1024, height: 768 }, hasTouch: true, deviceScaleFactor: 1 },
    },
    {
      // An applicant's low-end Android phone.
      name: 'phone',
      use: {
        viewport: { width: 360, height: 740 },
        isMobile: true,
        hasTouch: true,
        deviceScaleFactor: 2,
      },
    },
  ],

  // The reference server serves the BUILT app (dist/) and the API on one origin. The first command
  // empties the data directory before the server opens it (globalSetup would be too late: Playwright
  // starts the webServer first).
  webServer: [
    {
      command: 'npx tsx tests/e2e/support/global-setup.ts && npx tsx server/src/start.ts',
      url: `${E2E_BASE_URL}/api/v1/health`,
      env: {
        PORT: String(E2E_PORT),
        RELAIS_DATA_DIR: E2E_DATA_DIR,
        RELAIS_STATIC_DIR: DIST_DIR,
      },
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
      gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
    },
    {
      // The same build behind a server whose fault switch is on (delivery-chaos.spec.ts). Its own
      // origin and data, so no other test ever meets an injected failure. Its stderr is shown like
      // the first one's (a crash must be seen), so its "fault switch ON" banner appears in each run.
      command: 'npx tsx tests/e2e/support/global-setup.ts faults && npx tsx server/src/start.ts',
      url: `${E2E_FAULTS_BASE_URL}/api/v1/health`,
      env: {
        PORT: String(E2E_FAULTS_PORT),
        RELAIS_DATA_DIR: E2E_FAULTS_DATA_DIR,
        RELAIS_STATIC_DIR: DIST_DIR,
        RELAIS_TEST_FAULTS: '1',
      },
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
      gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
    },
  ],
});
