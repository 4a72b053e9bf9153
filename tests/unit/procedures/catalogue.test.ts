import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { procedure as procedureSchema } from '@/domain';
import { catalogue } from '@/procedures';
import { languages } from '@/i18n/languages';

function wizardLocale(code: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(`../../../locales/${code}/wizard.json`, import.meta.url), 'utf8')) as Record<string, unknown>;
}

function lookup(tree: Record<string, unknown>, path: string[]): unknown {
  return path.reduce<unknown>((node, key) => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key] : undefined), tree);
}

describe('procedure catalogue', () => {
  it.each(catalogue.map((p) => [p.id, p] as const))('%s parses against the catalogue schema', (_id, procedure) => {
    expect(procedureSchema.safeParse(procedure).success).toBe(true);
  });

  it.each(catalogue.map((p) => [p.id, p] as const))('%s: every rule and document names its source with a check date', (_id, procedure) => {
    expect(procedure.legalBasis.length).toBeGreaterThan(0);
    for (const step of procedure.steps) {
      if (step.kind === 'documents') {
        for (const doc of step.documents) expect(doc.sources.length, doc.type).toBeGreaterThan(0);
      }
    }
  });

  it('field ids are unique within each procedure (answers are keyed by them)', () => {
    for (const procedure of catalogue) {
      const ids = procedure.steps.flatMap((s) => (s.kind === 'fields' ? s.fields.map((f) => f.id) : []));
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it.each(languages.map((l) => l.code))('every label exists in %s', (code) => {
    const locale = wizardLocale(code);
    const missing: string[] = [];
    const need = (path: string) => {
      if (typeof lookup(locale, path.split('.')) !== 'string') missing.push(path);
    };
    for (const procedure of catalogue) {
      need(`procedures.${procedure.id}.title`);
      need(`procedures.${procedure.id}.description`);
      for (const step of procedure.steps) {
        need(`steps.${step.id}`);
        if (step.kind === 'fields') {
          for (const field of step.fields) {
            need(`fields.${field.id}.label`);
            need(`fields.${field.id}.hint`);
            for (const option of field.options ?? []) need(`options.${field.id}.${option}`);
          }
        } else {
          for (const doc of step.documents) {
            for (const part of ['label', 'why', 'accepted']) need(`documents.${doc.type}.${part}`);
          }
        }
      }
    }
    expect(missing).toEqual([]);
  });
});
