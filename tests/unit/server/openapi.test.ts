// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument, renderOpenApiDocument } from '../../../server/src/openapi';

const committed = join(__dirname, '../../../docs/openapi.json');

describe('docs/openapi.json', () => {
  it('is up to date with the contract (run `npm run openapi` when this fails)', () => {
    expect(readFileSync(committed, 'utf8')).toBe(renderOpenApiDocument());
  });

  it('describes the eight operations with their headers and problem answers', () => {
    const doc = buildOpenApiDocument() as { openapi: string; paths: Record<string, Record<string, { operationId: string; parameters?: { name: string }[]; responses: Record<string, { content?: Record<string, unknown> }> }>> };
    expect(doc.openapi).toBe('3.1.0');
    const operations = Object.values(doc.paths).flatMap((item) => Object.values(item));
    expect(operations.map((op) => op.operationId).sort()).toEqual([
      'completeSubmission',
      'createSubmission',
      'getHealth',
      'getKeys',
      'getSubmission',
      'getUploadOffset',
      'patchDocument',
      'putDocument',
    ]);
    const headers = operations.flatMap((op) => op.parameters ?? []).map((p) => p.name);
    expect(headers).toContain('Idempotency-Key');
    expect(headers).toContain('Content-Digest');
    expect(headers).toContain('Upload-Offset');
    expect(headers).toContain('Upload-Checksum');
    const problemAnswers = operations.flatMap((op) => Object.values(op.responses)).filter((r) => r.content?.['application/problem+json']);
    expect(problemAnswers.length).toBeGreaterThan(5);
  });

  it('is deterministic', () => {
    expect(renderOpenApiDocument()).toBe(renderOpenApiDocument());
  });
});
