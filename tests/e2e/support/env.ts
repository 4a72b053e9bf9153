/**
 * Where the e2e reference server keeps its data, so that tests can look behind the API: the SQLite
 * file and the documents on disk (e.g. to prove what the server really received).
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/** E2E_PORT lets a second run (another worktree, a helper) go on beside the usual one. */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 4173);
export const E2E_BASE_URL = `http://127.0.0.1:${E2E_PORT}`;

/** Given to the server as RELAIS_DATA_DIR; emptied before every run. */
export const E2E_DATA_DIR = join(REPO_ROOT, 'test-results', E2E_PORT === 4173 ? 'e2e-data' : `e2e-data-${E2E_PORT}`);
export const E2E_DB_FILE = join(E2E_DATA_DIR, 'relais.sqlite');
export const E2E_DOCUMENTS_DIR = join(E2E_DATA_DIR, 'documents');

/**
 * A second reference server with the test fault switch on (RELAIS_TEST_FAULTS=1), for the specs
 * that make the network lie on purpose. Its own port and data: injected failures must never reach
 * the tests that count on an honest server, and its counts are its own.
 */
export const E2E_FAULTS_PORT = Number(process.env.E2E_FAULTS_PORT ?? E2E_PORT + 1);
export const E2E_FAULTS_BASE_URL = `http://127.0.0.1:${E2E_FAULTS_PORT}`;
export const E2E_FAULTS_DATA_DIR = join(REPO_ROOT, 'test-results', E2E_PORT === 4173 ? 'e2e-data-faults' : `e2e-data-faults-${E2E_FAULTS_PORT}`);

/** The built app the server serves; the e2e tests never run against the dev server. */
export const DIST_DIR = process.env.E2E_DIST_DIR ?? join(REPO_ROOT, 'dist');
export const DIST_INDEX = join(DIST_DIR, 'index.html');

export const CHROMIUM = '/usr/bin/chromium';
