import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/App';
import { registerServiceWorker } from '@/app/serviceWorker';
import { isLanguageCode, pickLanguage, setupI18n, type LanguageCode } from '@/i18n';
import { getPreferredLanguage, requestPersistentStorage } from '@/storage';
import { loadRuntimeConfig } from '@/sync';
import '@/app/styles.css';

/** The language chosen on this device before, else the browser's first language Relais speaks. */
async function initialLanguage(): Promise<LanguageCode> {
  const saved = await getPreferredLanguage().catch(() => undefined);
  return saved !== undefined && isLanguageCode(saved) ? saved : pickLanguage(navigator.languages);
}

async function boot(): Promise<void> {
  // Asked at once, so the configuration's short wait overlaps the language's loading.
  const runtime = loadRuntimeConfig();
  await setupI18n(await initialLanguage());
  const root = document.getElementById('root');
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      <App runtime={await runtime} />
    </StrictMode>,
  );
  registerServiceWorker();
  // Without persistence the browser may evict drafts and scans under storage pressure.
  void requestPersistentStorage();
}

void boot();
