import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { contentDigestValue, OFFSET_OCTET_STREAM, receipt, uploadChecksumValue } from '@/contract';
import type { DocumentManifestEntry, DocumentMime, Receipt, SubmissionRequest } from '@/contract';
import { buildServer } from '../../../server/src/app';
import type { ServerOptions } from '../../../server/src/app';

export interface TestServer {
  app: FastifyInstance;
  dataDir: string;
  close: () => Promise<void>;
}

export async function makeServer(
  staticDir?: string,
  dataDir = mkdtempSync(join(tmpdir(), 'relais-server-')),
  extra: Omit<ServerOptions, 'dataDir' | 'staticDir'> = {},
): Promise<TestServer> {
  const app = await buildServer(staticDir === undefined ? { dataDir, ...extra } : { dataDir, staticDir, ...extra });
  return {
    app,
    dataDir,
    close: async () => {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export const PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');
export const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('rest-of-png')]);

export function sha256Hex(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function digestHeader(bytes: Buffer): string {
  return contentDigestValue(createHash('sha256').update(bytes).digest('base64'));
}

export function manifestEntry(bytes: Buffer, mime: DocumentMime, type = 'passport'): DocumentManifestEntry {
  return { id: randomUUID(), type, mime, size: bytes.length, sha256: sha256Hex(bytes) };
}

export function submissionBody(documents: DocumentManifestEntry[]): SubmissionRequest {
  return {
    procedure: 'renewal-salarie',
    procedureVersion: '2026-01',
    language: 'fr',
    answers: { foreignerNumber: '0123456789', lastName: 'Diallo', hasChildren: false, middleName: null },
    documents,
  };
}

export async function createSubmission(app: FastifyInstance, body: unknown, key: string = randomUUID()) {
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/submissions',
    headers: { 'idempotency-key': key },
    payload: body as object,
  });
  return { key, response };
}

export async function putDocument(app: FastifyInstance, submissionId: string, docId: string, bytes: Buffer, options: { digest?: string; contentType?: string } = {}) {
  return app.inject({
    method: 'PUT',
    url: `/api/v1/submissions/${submissionId}/documents/${docId}`,
    headers: {
      'content-type': options.contentType ?? 'application/octet-stream',
      'content-digest': options.digest ?? digestHeader(bytes),
    },
    payload: bytes,
  });
}

export function expectProblemContentType(contentType: unknown): void {
  if (typeof contentType !== 'string' || !contentType.startsWith('application/problem+json')) {
    throw new Error(`expected application/problem+json, got ${String(contentType)}`);
  }
}

export async function headDocument(app: FastifyInstance, submissionId: string, docId: string) {
  return app.inject({ method: 'HEAD', url: `/api/v1/submissions/${submissionId}/documents/${docId}` });
}

export async function patchChunk(
  app: FastifyInstance,
  submissionId: string,
  docId: string,
  offset: number | string,
  chunk: Buffer,
  options: { checksum?: string | null; contentType?: string } = {},
) {
  const headers: Record<string, string> = {
    'content-type': options.contentType ?? OFFSET_OCTET_STREAM,
    'upload-offset': String(offset),
  };
  const checksum = options.checksum === undefined ? uploadChecksumValue(createHash('sha256').update(chunk).digest('base64')) : options.checksum;
  if (checksum !== null) headers['upload-checksum'] = checksum;
  return app.inject({ method: 'PATCH', url: `/api/v1/submissions/${submissionId}/documents/${docId}`, headers, payload: chunk });
}

/** A submission with one PDF, uploaded and completed: the receipt and its id. */
export async function fileSubmission(app: FastifyInstance): Promise<{ key: string; receipt: Receipt }> {
  const doc = manifestEntry(PDF, 'application/pdf');
  const { key } = await createSubmission(app, submissionBody([doc]));
  await putDocument(app, key, doc.id, PDF);
  const res = await app.inject({ method: 'POST', url: `/api/v1/submissions/${key}/complete` });
  return { key, receipt: receipt.parse(res.json()) };
}

/** Listens on a free loopback port; real sockets, for what inject cannot show (cut connections). */
export async function listen(app: FastifyInstance): Promise<string> {
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return `http://127.0.0.1:${address.port}`;
}
