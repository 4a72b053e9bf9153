import type { z } from 'zod/mini';
import type { RelaisDb } from './db';
import { guardWrite } from './guard';
import { sha256Hex } from './hash';
import { ensureRoomFor } from './persistence';
import { parseMany, parseOne } from './parse';
import { dossierRecord, draftPageContent, draftPageRecord, type DraftPageRow } from './records';
import { vaultOf } from './vault';

/** A page photographed for a document and not yet saved as its PDF, as screens see it. */
export type DraftPage = {
  id: string;
  name: string;
  /** The processed page: a fresh JPEG, no metadata (src/capture). */
  jpeg: ArrayBuffer;
  width: number;
  height: number;
  cropped: boolean;
  quality: z.infer<typeof draftPageContent>['quality'];
};

/**
 * Pages of a document being photographed, kept on the device from the moment each is taken —
 * sealed for the dossier's owner like a document — so that "Next", a reload or a browser the phone
 * killed loses none of them. Their document type and order are sealed with them (what someone
 * photographs says what they apply for); only the dossier, an id and the time stay in clear, to
 * find them and to erase them with the dossier.
 */
export function draftPageRepository(db: RelaisDb) {
  const d = db.main;
  const vault = vaultOf(db);
  const place = (row: Pick<DraftPageRow, 'id'>) => row.id;

  async function opened(row: DraftPageRow) {
    const [content, bytes] = await Promise.all([
      vault.openJson(row.content, 'draftPages', place(row), 'content', draftPageContent),
      vault.openBytes(row.bytes, 'draftPages', place(row), 'bytes'),
    ]);
    return { row, content, bytes };
  }

  return {
    /** The pages of one document, in their order; a page that does not open is left out. */
    async listDraftPages(dossierId: string, type: string): Promise<DraftPage[]> {
      const rows = parseMany(draftPageRecord, 'draftPages', await d.draftPages.where('dossierId').equals(dossierId).toArray());
      const pages = await Promise.allSettled(rows.map(opened));
      return pages
        .flatMap((result) => (result.status === 'fulfilled' && result.value.content.type === type ? [result.value] : []))
        .sort((a, b) => a.content.position - b.content.position || a.row.createdAt - b.row.createdAt)
        .map(({ row, content, bytes }) => {
          const { name, width, height, cropped, quality } = content;
          return { id: row.id, name, jpeg: bytes.buffer, width, height, cropped, quality };
        });
    },

    /**
     * Makes the stored pages of one document what the screen holds, in that order: new pages are
     * sealed and written, pages gone are deleted, moved ones get their new place. One transaction,
     * after the sealing (Web Crypto inside it would let IndexedDB commit early).
     */
    async saveDraftPages(dossierId: string, type: string, pages: readonly DraftPage[]): Promise<void> {
      const existing = parseMany(draftPageRecord, 'draftPages', await d.draftPages.where('dossierId').equals(dossierId).toArray());
      const mine = (await Promise.allSettled(existing.map(opened))).flatMap((r) => (r.status === 'fulfilled' && r.value.content.type === type ? [r.value] : []));
      const stored = new Map(mine.map((page) => [page.row.id, page]));
      await ensureRoomFor(pages.filter((page) => !stored.has(page.id)).reduce((sum, page) => sum + page.jpeg.byteLength, 0));
      const owner = parseOne(dossierRecord, 'dossiers', await d.dossiers.get(dossierId))?.ownerId;
      const now = Date.now();
      const writes: DraftPageRow[] = [];
      for (const [position, page] of pages.entries()) {
        const before = stored.get(page.id);
        // A retaken page keeps its id (focus stays on its buttons): its digest says it changed.
        const sha256 = await sha256Hex(page.jpeg);
        const same = before?.content.sha256 === sha256;
        if (same && before.content.position === position) continue;
        const { id, jpeg: _jpeg, ...meta } = page;
        const content = await vault.seal(JSON.stringify({ ...meta, type, position, sha256 }), 'draftPages', id, 'content', owner);
        const bytes = same ? before.row.bytes : await vault.seal(page.jpeg, 'draftPages', id, 'bytes', owner);
        writes.push({ id, dossierId, createdAt: before?.row.createdAt ?? now, content, bytes });
      }
      const kept = new Set(pages.map((page) => page.id));
      const gone = mine.filter((page) => !kept.has(page.row.id)).map((page) => page.row.id);
      await guardWrite(() =>
        d.transaction('rw', d.draftPages, async () => {
          if (gone.length > 0) await d.draftPages.bulkDelete(gone);
          if (writes.length > 0) await d.draftPages.bulkPut(writes);
        }),
      );
    },
  };
}
export type DraftPageRepository = ReturnType<typeof draftPageRepository>;
