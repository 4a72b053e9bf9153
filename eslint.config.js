// ESLint flat config. Type-aware rules catch async bugs; `no-restricted-imports` and
// `no-restricted-globals` enforce the architecture of docs/design.md ("Architecture at a glance").
//
// Flat config replaces a rule's options wholesale when two blocks match the same file, so the
// boundary rules are not layered: `boundaryBlocks()` builds, for each folder of src/, ONE block that
// holds every restriction that applies there (the common ones plus the folder's own).
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const TS_FILES = ['**/*.{ts,tsx,mts,cts}'];
const JS_FILES = ['**/*.{js,mjs,cjs}'];

// ---------------------------------------------------------------------------------------------
// Architecture boundaries
// ---------------------------------------------------------------------------------------------

/** Top-level folders of src/ (docs/design.md "Architecture at a glance"). */
const SRC_FOLDERS = [
  'app',
  'features',
  'state',
  'ui',
  'domain',
  'procedures',
  'contract',
  'storage',
  'capture',
  'sync',
  'i18n',
  'sw',
];

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const alt = (names) => names.map(escape).join('|');

/** Imports of these packages (and their sub-paths, e.g. `react/jsx-runtime`, `react-dom/client`). */
const packages = (names, message) => ({ regex: `^(?:${alt(names)})(?:/|$)`, message });

/**
 * Imports of these src folders, through the alias (`@/storage/db`) or one level up from a file at
 * the top of a folder (`../storage/db`; two levels are forbidden everywhere anyway).
 */
const folders = (names, message) => ({
  regex: `^(?:@|\\.\\.)/(?:${alt(names)})(?:/|$)`,
  message,
});

/**
 * Everything except the allowed packages and folders: bare packages, `node:` built-ins, the alias
 * and relative imports into other src folders. Relative imports inside the folder stay allowed.
 */
const onlyAllow = ({ packages: pkgs, folders: dirs }, message) => {
  const allowed = [...pkgs.map((p) => `${escape(p)}(?:/|$)`), ...dirs.map((d) => `@/${d}(?:/|$)`)];
  const others = SRC_FOLDERS.filter((f) => !dirs.includes(f));
  return [
    { regex: `^(?!\\.|${allowed.join('|')})`, message },
    { regex: `^\\.\\./(?:${alt(others)})(?:/|$)`, message },
  ];
};

const restrictedGlobals = (names, message) => names.map((name) => ({ name, message }));

/** `window.fetch`, `globalThis.localStorage`… slip past no-restricted-globals; catch them too. */
const restrictedProperties = (names, message) =>
  ['window', 'self', 'globalThis'].flatMap((object) =>
    names.map((property) => ({ object, property, message })),
  );

const MSG = {
  climb: 'Do not climb two folders with ../../: import through the @/ alias instead.',
  dexie: 'Only src/storage may import Dexie: go through a repository of @/storage.',
  react: 'This folder must stay free of React and i18n (pure TypeScript, see docs/design.md).',
  workerSafe:
    'src/storage, src/sync and src/sw also run in the service worker: no React, i18n, screens, UI or app shell here.',
  domainLayers:
    'src/domain is pure rules: no storage, sync, screens, UI, app shell or i18n (docs/design.md).',
  domainPackages: 'src/domain is pure TypeScript: no React, Dexie, i18next or Workbox.',
  capture: 'src/capture turns files into pages and PDFs: no UI, no storage, no network; screens call it.',
  features:
    'Screens never import the app shell (src/app imports them): live state is in @/state, shared pieces in @/features/shared or @/ui.',
  state:
    "src/state is the page's live state and its use cases: screens read it, it never imports screens, the shell or UI.",
  server: 'The reference server shares only the API contract with the app: import @/contract, nothing else of src/.',
  ui: 'src/ui holds building blocks: they receive data through props, never from storage, sync or screens.',
  contract: 'src/contract is shared with the reference server: it may import zod only.',
  procedures: 'src/procedures is data: it may import @/domain, @/contract and zod only.',
  storage: 'Personal data never goes to localStorage/sessionStorage (docs/design.md, security).',
  network:
    'Only src/sync (and src/sw) talk to the network: call the sync layer instead of fetch/XHR/WebSocket/EventSource.',
  dom: 'This code must also run outside a page (service worker, server): no DOM or browser globals here.',
};

const STORAGE_GLOBALS = ['localStorage', 'sessionStorage'];
const NETWORK_GLOBALS = ['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource'];
const PURE_GLOBALS = ['window', 'document', 'navigator', 'fetch', 'indexedDB'];
const WORKER_SAFE_GLOBALS = ['window', 'document'];

/**
 * One entry per src folder. `imports` are no-restricted-imports patterns; `globals` are
 * no-restricted-globals entries; `dexie: true` / `network: true` lift the two src-wide bans.
 */
const BOUNDARIES = {
  domain: {
    imports: [
      packages(
        ['react', 'react-dom', 'dexie', 'dexie-react-hooks', 'i18next', 'react-i18next'],
        MSG.domainPackages,
      ),
      { regex: '^workbox-', message: MSG.domainPackages },
      folders(['storage', 'sync', 'features', 'state', 'ui', 'app', 'i18n'], MSG.domainLayers),
    ],
    globals: restrictedGlobals([...PURE_GLOBALS, 'localStorage'], MSG.dom),
  },
  contract: {
    imports: onlyAllow({ packages: ['zod'], folders: ['contract'] }, MSG.contract),
    globals: restrictedGlobals(PURE_GLOBALS, MSG.dom),
  },
  procedures: {
    imports: onlyAllow(
      { packages: ['zod'], folders: ['procedures', 'domain', 'contract'] },
      MSG.procedures,
    ),
    globals: restrictedGlobals(PURE_GLOBALS, MSG.dom),
  },
  storage: {
    dexie: true,
    imports: [
      packages(['react', 'react-dom', 'i18next', 'react-i18next'], MSG.workerSafe),
      folders(['features', 'state', 'ui', 'app'], MSG.workerSafe),
    ],
    globals: restrictedGlobals(WORKER_SAFE_GLOBALS, MSG.dom),
  },
  sync: {
    network: true,
    imports: [
      packages(['react', 'react-dom', 'i18next', 'react-i18next'], MSG.workerSafe),
      folders(['features', 'state', 'ui', 'app'], MSG.workerSafe),
    ],
    globals: restrictedGlobals(WORKER_SAFE_GLOBALS, MSG.dom),
  },
  sw: {
    network: true,
    imports: [
      packages(['react', 'react-dom', 'i18next', 'react-i18next'], MSG.workerSafe),
      folders(['features', 'state', 'ui', 'app'], MSG.workerSafe),
    ],
    globals: restrictedGlobals(WORKER_SAFE_GLOBALS, MSG.dom),
  },
  ui: {
    imports: [folders(['storage', 'sync', 'features', 'state', 'app'], MSG.ui)],
  },
  capture: {
    imports: [
      packages(['react', 'react-dom', 'i18next', 'react-i18next'], MSG.capture),
      folders(['storage', 'sync', 'features', 'state', 'ui', 'app'], MSG.capture),
    ],
  },
  features: {
    imports: [folders(['app'], MSG.features)],
  },
  state: {
    imports: [folders(['features', 'app', 'ui'], MSG.state)],
  },
};

/** Restrictions of a folder of src/ (undefined: the src-wide ones only, e.g. src/main.tsx). */
function boundaryRules(boundary = {}) {
  const patterns = [{ regex: '^(?:\\./)?\\.\\./\\.\\./', message: MSG.climb }];
  if (!boundary.dexie) patterns.push(packages(['dexie', 'dexie-react-hooks'], MSG.dexie));
  patterns.push(...(boundary.imports ?? []));

  const bannedGlobals = [
    ...restrictedGlobals(STORAGE_GLOBALS, MSG.storage),
    ...(boundary.network ? [] : restrictedGlobals(NETWORK_GLOBALS, MSG.network)),
  ];
  // A folder's own message wins when a name is banned twice (e.g. fetch in src/domain).
  const own = boundary.globals ?? [];
  const globalsByName = new Map([...bannedGlobals, ...own].map((g) => [g.name, g]));

  return {
    'no-restricted-imports': ['error', { patterns }],
    'no-restricted-globals': ['error', ...globalsByName.values()],
    'no-restricted-properties': [
      'error',
      ...restrictedProperties(STORAGE_GLOBALS, MSG.storage),
      ...(boundary.network ? [] : restrictedProperties(NETWORK_GLOBALS, MSG.network)),
    ],
  };
}

function boundaryBlocks() {
  const folderBlocks = Object.entries(BOUNDARIES).map(([folder, boundary]) => ({
    name: `relais/boundaries/${folder}`,
    files: [`src/${folder}/**/*.{ts,tsx}`],
    rules: boundaryRules(boundary),
  }));
  return [
    // Every other file of src/ (main.tsx, app, i18n…): the src-wide rules.
    { name: 'relais/boundaries/src', files: ['src/**/*.{ts,tsx}'], rules: boundaryRules() },
    ...folderBlocks,
    {
      name: 'relais/boundaries/server',
      files: ['server/**/*.ts'],
      rules: {
        'no-restricted-imports': ['error', { patterns: [{ regex: '^@/(?!contract(?:/|$))', message: MSG.server }] }],
      },
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// The config
// ---------------------------------------------------------------------------------------------

export default defineConfig(
  globalIgnores([
    'dist/',
    'dev-dist/',
    'node_modules/',
    'test-results/',
    'playwright-report/',
    'bench-output/',
    'coverage/',
    'docs/',
  ]),

  {
    name: 'relais/linter-options',
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },

  js.configs.recommended,

  // TypeScript, with type information from the tsconfig that owns each file. tsconfig.json is a
  // references-only root: the project service follows its references to tsconfig.app.json (page),
  // tsconfig.sw.json (service worker, storage, sync, domain…) and tsconfig.node.json (server,
  // scripts, tests, tool configs).
  {
    name: 'relais/typescript',
    files: TS_FILES,
    extends: [tseslint.configs.recommendedTypeChecked, tseslint.configs.stylisticTypeChecked],
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { prefer: 'type-imports', fixStyle: 'separate-type-imports' },
      ],
      '@typescript-eslint/no-import-type-side-effects': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
      // Both `type` and `interface` are fine; unions and zod-inferred types need `type` anyway.
      '@typescript-eslint/consistent-type-definitions': 'off',
    },
  },

  // Fastify plugins and handlers are async by contract (the returned promise is the signal), with
  // or without an await inside.
  {
    name: 'relais/server',
    files: ['server/**/*.ts'],
    rules: { '@typescript-eslint/require-await': 'off' },
  },

  // Plain JS (this file): no type information.
  {
    name: 'relais/javascript',
    files: JS_FILES,
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.node },
  },

  // Hooks live in .tsx components and in .ts custom hooks (useSomething.ts).
  {
    name: 'relais/react-hooks',
    files: ['src/**/*.{ts,tsx}', 'tests/component/**/*.tsx'],
    extends: [reactHooks.configs.flat.recommended],
    rules: {
      'react-hooks/exhaustive-deps': 'error',
      // Only says that React Compiler would skip a component (e.g. react-hook-form's `watch`); the
      // app is not built with React Compiler, so there is nothing to act on.
      'react-hooks/incompatible-library': 'off',
    },
  },

  // Runtimes.
  { name: 'relais/globals/page', files: ['src/**'], languageOptions: { globals: globals.browser } },
  {
    name: 'relais/globals/service-worker',
    files: ['src/sw/**'],
    languageOptions: { globals: globals.serviceworker },
  },
  {
    name: 'relais/globals/node',
    files: ['server/**', 'scripts/**', 'tests/**', '*.config.{ts,js}'],
    languageOptions: { globals: globals.node },
  },

  // No stray console: the app and the server log through their own loggers, which never print
  // personal data. Scripts and the server's start-up banner may print.
  { name: 'relais/no-console', rules: { 'no-console': 'error' } },
  {
    name: 'relais/console-allowed',
    files: ['scripts/**', 'server/src/start.ts'],
    rules: { 'no-console': 'off' },
  },

  ...boundaryBlocks(),
);
