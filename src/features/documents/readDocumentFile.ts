import { checkDocumentFile, type DocumentRefusal } from '@/domain';
import type { DocumentMime } from '@/contract';
import { documentLimits } from '@/procedures';

export type ReadDocument =
  | { ok: true; bytes: ArrayBuffer; mime: DocumentMime; name: string; large: boolean }
  | { ok: false; reason: DocumentRefusal | 'unreadable' };

/**
 * Checks a picked file before anything is stored: size first (a 60 MB photo is refused without
 * being read into memory on a low-end phone), then its real type from its first bytes.
 */
export async function readDocumentFile(file: File): Promise<ReadDocument> {
  try {
    const head = new Uint8Array(await file.slice(0, 16).arrayBuffer());
    const verdict = checkDocumentFile(head, file.size, documentLimits);
    if (!verdict.ok) return verdict;
    const bytes = await file.arrayBuffer();
    return { ok: true, bytes, mime: verdict.mime, name: file.name, large: file.size > documentLimits.advisedBytes };
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
}
