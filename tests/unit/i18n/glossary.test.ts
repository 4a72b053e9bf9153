import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { languages, namespaces } from '@/i18n/languages';

/**
 * One term per concept in each language (docs/reviews/legal-2026-12.md §2): locales/GLOSSARY.md names, for each
 * concept, the term every language uses and the synonyms it must not use. Each term must appear in
 * that language's texts, and no avoided synonym anywhere in them (case-insensitive).
 */
const localesDir = new URL('../../../locales/', import.meta.url);

type Concept = { id: string; terms: Map<string, string>; avoid: Map<string, string[]> };

function parseGlossary(text: string): Concept[] {
  const concepts: Concept[] = [];
  let current: Concept | undefined;
  for (const line of text.split('\n')) {
    const heading = /^## (.+)$/.exec(line);
    if (heading?.[1]) {
      current = { id: heading[1].trim(), terms: new Map(), avoid: new Map() };
      concepts.push(current);
      continue;
    }
    const avoid = /^- avoid ([a-z-]+): (.+)$/i.exec(line);
    if (current && avoid?.[1] && avoid[2]) {
      current.avoid.set(avoid[1], avoid[2].split(';').map((s) => s.trim()).filter(Boolean));
      continue;
    }
    const term = /^- ([a-z-]+): (.+)$/i.exec(line);
    if (current && term?.[1] && term[2]) current.terms.set(term[1], term[2].trim());
  }
  return concepts;
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(strings);
  return [];
}

function allText(code: string): string {
  return namespaces
    .flatMap((ns) => strings(JSON.parse(readFileSync(new URL(`${code}/${ns}.json`, localesDir), 'utf8'))))
    .join('\n')
    .toLocaleLowerCase();
}

const concepts = parseGlossary(readFileSync(new URL('GLOSSARY.md', localesDir), 'utf8'));

describe('glossary (locales/GLOSSARY.md)', () => {
  it('names a term in every shipped language for each concept', () => {
    expect(concepts.length).toBeGreaterThanOrEqual(8);
    for (const concept of concepts) {
      expect([...concept.terms.keys()].sort(), concept.id).toEqual(languages.map((l) => l.code).sort());
    }
  });

  for (const { code } of languages) {
    it(`${code}: every glossary term is used, and no avoided synonym appears`, () => {
      const text = allText(code);
      const problems: string[] = [];
      for (const concept of concepts) {
        const term = concept.terms.get(code) ?? '';
        if (!text.includes(term.toLocaleLowerCase())) problems.push(`${concept.id}: "${term}" is never used`);
        for (const synonym of concept.avoid.get(code) ?? []) {
          if (text.includes(synonym.toLocaleLowerCase())) problems.push(`${concept.id}: avoided "${synonym}" appears`);
        }
      }
      expect(problems).toEqual([]);
    });
  }
});
