import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * Vendor chunks, so that an app change does not invalidate the cached libraries (and vice versa).
 * zod is apart from the form libraries: storage and the contract need zod at start, while
 * react-hook-form is only needed by the lazy form screens (13 KB gzip kept off the first load).
 */
const vendorChunks: { name: string; packages: string[] }[] = [
  { name: 'react', packages: ['react', 'react-dom', 'scheduler'] },
  { name: 'dexie', packages: ['dexie'] },
  { name: 'i18n', packages: ['i18next', 'react-i18next'] },
  { name: 'zod', packages: ['zod'] },
  { name: 'forms', packages: ['react-hook-form', '@hookform/resolvers'] },
];
const SEP = '[\\\\/]';
const inNodeModules = (packages: string[]) =>
  new RegExp(`${SEP}node_modules${SEP}(?:${packages.map((p) => p.replace('/', SEP)).join('|')})${SEP}`);

export default defineConfig({
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  plugins: [
    react(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/sw',
      filename: 'sw.ts',
      // The app registers the worker itself with workbox-window and asks before updating.
      injectRegister: false,
      registerType: 'prompt',
      // Precached next to the build output, so that the installed app has them offline.
      includeAssets: ['favicon.svg', 'apple-touch-icon.png'],
      injectManifest: {
        // Locales are bundled as lazy JS chunks, so they are precached as JS. The manifest's icons
        // and manifest.webmanifest itself are added by the plugin: `webmanifest` is left out here
        // because listing it again precaches it twice (docs/toolchain.md).
        globPatterns: ['**/*.{js,css,html,json,txt}'],
        // The deployment's runtime configuration is read from the network at each start (with a
        // copy in IndexedDB for offline starts): precached, an edited file would wait for the next
        // app update, and a kiosk would keep its old settings.
        globIgnores: ['**/node_modules/**/*', 'config.json'],
        // A classic (non-module) worker: registered without `type: 'module'`, works in every
        // browser that has service workers. An IIFE cannot code-split: no dynamic import() in sw.ts.
        rollupFormat: 'iife',
        minify: true,
        sourcemap: false,
      },
      manifest: {
        id: '/',
        name: 'Relais — titres de séjour',
        short_name: 'Relais',
        description:
          'Préparer et déposer sa demande de titre de séjour, même sans réseau, dans sa langue, avec une preuve de dépôt.',
        lang: 'fr',
        // The W3C manifest allows (and defaults to) 'auto': text direction follows each string.
        // vite-plugin-pwa's type only knows 'ltr' | 'rtl'.
        dir: 'auto' as unknown as 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: '#1d4e89',
        background_color: '#ffffff',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          {
            src: '/icons/icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      devOptions: { enabled: false },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: vendorChunks.map(({ name, packages }) => ({
            name: `vendor-${name}`,
            test: inNodeModules(packages),
          })),
        },
      },
    },
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:8080' },
  },
});
