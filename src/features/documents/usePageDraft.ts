import { useCallback, useEffect, useRef, useState } from 'react';
import type { CapturedPage } from '@/capture';

/**
 * `source` is what the person gave (a File from the picker is backed by the disk, a camera shot
 * is a blob of a few MB): kept so a page can be redone in another mode without being taken again.
 */
export type DraftPage = CapturedPage & { id: string; url: string; source: { blob: Blob; name: string } };

/**
 * The pages of one document being captured, before they become one PDF. Object URLs for the
 * thumbnails are released when a page goes and when the slot unmounts.
 */
export function usePageDraft() {
  const [pages, setPages] = useState<DraftPage[]>([]);
  const pagesRef = useRef(pages);
  useEffect(() => {
    pagesRef.current = pages;
  });
  useEffect(() => () => pagesRef.current.forEach((page) => URL.revokeObjectURL(page.url)), []);

  const toDraft = (page: CapturedPage, source: DraftPage['source'], id: string = crypto.randomUUID()): DraftPage => ({
    ...page,
    id,
    source,
    url: URL.createObjectURL(new Blob([page.jpeg], { type: 'image/jpeg' })),
  });

  const add = useCallback((page: CapturedPage, source: DraftPage['source']) => setPages((all) => [...all, toDraft(page, source)]), []);

  /** Keeps the page's place and id (focus stays on its buttons). */
  const replace = useCallback((id: string, page: CapturedPage, source: DraftPage['source']) => {
    setPages((all) =>
      all.map((old) => {
        if (old.id !== id) return old;
        URL.revokeObjectURL(old.url);
        return toDraft(page, source, id);
      }),
    );
  }, []);

  const remove = useCallback((id: string) => {
    setPages((all) => {
      const gone = all.find((p) => p.id === id);
      if (gone) URL.revokeObjectURL(gone.url);
      return all.filter((p) => p.id !== id);
    });
  }, []);

  const move = useCallback((id: string, by: -1 | 1) => {
    setPages((all) => {
      const from = all.findIndex((p) => p.id === id);
      const to = from + by;
      if (from < 0 || to < 0 || to >= all.length) return all;
      const next = [...all];
      const [page] = next.splice(from, 1);
      if (page) next.splice(to, 0, page);
      return next;
    });
  }, []);

  const clear = useCallback(() => {
    setPages((all) => {
      all.forEach((page) => URL.revokeObjectURL(page.url));
      return [];
    });
  }, []);

  return { pages, add, replace, remove, move, clear };
}
