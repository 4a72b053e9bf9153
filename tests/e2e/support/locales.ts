import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isolateFrenchTerms } from '@/i18n/frenchTerms';
import { REPO_ROOT } from './env';

export type Lng = 'fr' | 'en' | 'ar';

const cache = new Map<string, Record<string, unknown>>();

function load(lng: Lng, namespace: string): Record<string, unknown> {
  const key = `${lng}/${namespace}`;
  let tree = cache.get(key);
  if (!tree) {
    tree = JSON.parse(readFileSync(join(REPO_ROOT, 'locales', lng, `${namespace}.json`), 'utf8')) as Record<string, unknown>;
    cache.set(key, tree);
  }
  return tree;
}

/**
 * The text a person sees, read from the shipped locale files: the tests find controls the way a
 * person does, by their words, in each language. `context` picks an i18next context variant
 * (`key_relay`, `key_sandbox`) where the locale has one, as the app does for the receiver's words.
 */
export function text(lng: Lng, key: string, vars: Record<string, string | number> = {}, context?: string): string {
  const [namespace, path] = key.includes(':') ? (key.split(':') as [string, string]) : ['common', key];
  const find = (dotted: string) => dotted.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], load(lng, namespace));
  const variant = context === undefined ? undefined : find(`${path}_${context}`);
  const value = typeof variant === 'string' ? variant : find(path);
  if (typeof value !== 'string') throw new Error(`No text for ${lng}/${key}`);
  const filled = value.replace(/\{\{\s*(\w+)\s*\}\}/g, (_m, name: string) => String(vars[name] ?? ''));
  // As the app shows it: French terms inside another language are isolated (src/i18n/frenchTerms.ts).
  return lng === 'fr' ? filled : isolateFrenchTerms(filled);
}
