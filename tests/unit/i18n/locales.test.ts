import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fieldErrorCodes } from '@/domain';
import { languages, namespaces, SOURCE_LANGUAGE } from '@/i18n/languages';

const localesDir = new URL('../../../locales/', import.meta.url);

function load(code: string, namespace: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(`${code}/${namespace}.json`, localesDir), 'utf8')) as Record<string, unknown>;
}

/** "a.b.c" → value, for every leaf. */
function flatten(tree: Record<string, unknown>, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'object' && value !== null) for (const [k, v] of flatten(value as Record<string, unknown>, path)) out.set(k, v);
    else out.set(path, value);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('locales', () => {
  it('ships a folder for each registered language, and only those', () => {
    const folders = readdirSync(localesDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    expect(folders).toEqual(languages.map((l) => l.code).sort());
  });

  for (const namespace of namespaces) {
    const source = flatten(load(SOURCE_LANGUAGE, namespace));
    for (const { code } of languages) {
      it(`${code}/${namespace}.json has every key of French, no other, each a non-empty string with the same placeholders`, () => {
        const target = flatten(load(code, namespace));
        expect([...target.keys()].filter((k) => !source.has(k))).toEqual([]);
        const problems: string[] = [];
        for (const [key, value] of source) {
          const translated = target.get(key);
          if (typeof translated !== 'string' || translated.trim() === '') problems.push(`missing: ${key}`);
          else if (placeholders(translated).join() !== placeholders(String(value)).join()) problems.push(`placeholders: ${key}`);
        }
        expect(problems).toEqual([]);
      });
    }
  }

  it('every error code the field rules can give has a message', () => {
    const errors = flatten(load(SOURCE_LANGUAGE, 'wizard'));
    for (const code of fieldErrorCodes) expect(errors.has(`errors.${code}`), code).toBe(true);
  });
});
