import { createHash, randomUUID } from 'node:crypto';
import type { SubmissionRequest } from '@/contract';

/** 300 KB as the brief means it (KiB): not a multiple of the runner's 256 KB chunk, like real scans. */
export const DOCUMENT_BYTES = 300 * 1024;

export interface BenchDocument {
  bytes: ArrayBuffer;
  sha256: string;
}

/** The answers every bench dossier carries (those of the unit tests' ready dossier). */
export const ANSWERS = { familyName: 'Exemple', givenNames: 'Awa' } as const;

export const PROCEDURE = { procedure: 'renewal-vpf', procedureVersion: '2026.1', language: 'fr' } as const;

/**
 * PDF-looking bytes (header, trailer) whose body is pseudo-random per document: no two documents
 * alike and no runs of one byte, so nothing on the way (disk, a future compressing proxy) gets an
 * easier job than with real scans. Seeded, so every run and both clients send the very same bytes.
 */
function pdfLike(seed: number, size: number): ArrayBuffer {
  const bytes = new Uint8Array(size);
  const words = new Uint32Array(bytes.buffer, 0, Math.floor(size / 4));
  let x = seed >>> 0 || 1;
  for (let i = 0; i < words.length; i++) {
    // xorshift32: fast enough for 90 MB and good enough to defeat any compression.
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    words[i] = x >>> 0;
  }
  const encoder = new TextEncoder();
  bytes.set(encoder.encode(`%PDF-1.4\n% bench document ${seed}\n`));
  const trailer = encoder.encode('\n%%EOF\n');
  bytes.set(trailer, size - trailer.length);
  return bytes.buffer;
}

/** `dossiers` × `perDossier` documents, hashed once here: both clients know their digests up front. */
export function makeDataset(dossiers: number, perDossier: number, size = DOCUMENT_BYTES): BenchDocument[][] {
  return Array.from({ length: dossiers }, (_, d) =>
    Array.from({ length: perDossier }, (_, k) => {
      const bytes = pdfLike(d * perDossier + k + 1, size);
      return { bytes, sha256: createHash('sha256').update(new Uint8Array(bytes)).digest('hex') };
    }),
  );
}

export interface PlainSubmission {
  id: string;
  bodyText: string;
  documents: { id: string; bytes: ArrayBuffer; sha256: string }[];
}

/**
 * The same bytes under new ids, for the plain client: a fresh submission set, with a body of the
 * same shape and size as the runner's frozen one.
 */
export function plainSubmissions(dataset: BenchDocument[][]): PlainSubmission[] {
  return dataset.map((docs) => {
    const documents = docs.map((doc) => ({ id: randomUUID(), ...doc }));
    const request: SubmissionRequest = {
      ...PROCEDURE,
      answers: { ...ANSWERS },
      documents: documents.map((doc) => ({
        id: doc.id,
        type: 'passport',
        mime: 'application/pdf',
        size: doc.bytes.byteLength,
        sha256: doc.sha256,
      })),
    };
    return { id: randomUUID(), bodyText: JSON.stringify(request), documents };
  });
}

export const totalBytes = (dataset: BenchDocument[][]) =>
  dataset.reduce((sum, docs) => sum + docs.reduce((s, doc) => s + doc.bytes.byteLength, 0), 0);
