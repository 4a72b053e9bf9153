import type { Namespace } from './languages';

/**
 * One lazy chunk per language and namespace: a phone on 2G downloads only its own language,
 * and the service worker precaches every chunk so all languages work offline.
 */
const loaders = import.meta.glob<Record<string, unknown>>('/locales/*/*.json', { import: 'default' });

export async function loadLocale(language: string, namespace: Namespace): Promise<Record<string, unknown>> {
  const loader = loaders[`/locales/${language}/${namespace}.json`];
  if (!loader) throw new Error(`No locale file for ${language}/${namespace}`);
  return loader();
}
