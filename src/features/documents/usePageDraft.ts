import { useCallback, useEffect, useRef, useState } from 'react';
import type { CapturedPage } from '@/capture';
import { listDraftPages, saveDraftPages, type StoredDraftPage } from '@/storage';

/**
 * `source` is what the person gave (a File from the picker is backed by the disk, a camera shot
 * is a blob of a few MB): kept so a page can be redone in another mode without being taken again.
 * After a reload the source is the page itself (the original was never stored: only the page is).
 */
export type DraftPage = CapturedPage & { id: string; url: string; source: { blob: Blob; name: string } };

const toDraft = (page: CapturedPage, source: DraftPage['source'], id: string = crypto.randomUUID()): DraftPage => ({
  ...page,
  id,
  source,
  url: URL.createObjectURL(new Blob([page.jpeg], { type: 'image/jpeg' })),
});

function fromStored(page: StoredDraftPage): DraftPage {
  const { id, name, jpeg, width, height, cropped, quality } = page;
  return toDraft({ jpeg, width, height, cropped, quality }, { blob: new Blob([jpeg], { type: 'image/jpeg' }), name }, id);
}

function toStored(page: DraftPage): StoredDraftPage {
  const { id, jpeg, width, height, cropped, quality } = page;
  return { id, name: page.source.name, jpeg, width, height, cropped, quality };
}

export type DraftState = 'loading' | 'ready' | 'save-failed';

/**
 * The pages of one document being captured, before they become one PDF — kept on the device as
 * they are taken (sealed, src/storage/draftPages.ts), so that "Next", a reload or a phone killing
 * the browser loses none. Writes go one after the other, each with the pages as they are then.
 * Object URLs for the thumbnails are released when a page goes and when the slot unmounts.
 */
export function usePageDraft(dossierId: string, type: string) {
  const [pages, setPages] = useState<DraftPage[]>([]);
  const [state, setState] = useState<DraftState>('loading');
  const pagesRef = useRef(pages);
  const loaded = useRef(false);
  const writing = useRef<Promise<void>>(Promise.resolve());
  useEffect(() => {
    pagesRef.current = pages;
  });
  useEffect(() => () => pagesRef.current.forEach((page) => URL.revokeObjectURL(page.url)), []);

  useEffect(() => {
    let live = true;
    listDraftPages(dossierId, type).then(
      (stored) => {
        if (!live) return;
        loaded.current = true;
        // Pages taken while the stored ones were read (a fast first shot) come after them.
        setPages((taken) => [...stored.map(fromStored), ...taken]);
        setState('ready');
      },
      () => {
        if (!live) return;
        loaded.current = true;
        setState('ready');
      },
    );
    return () => {
      live = false;
    };
  }, [dossierId, type]);

  // Every change is written, in order, once the stored pages have been read (never over them).
  useEffect(() => {
    if (!loaded.current) return;
    const snapshot = pages.map(toStored);
    writing.current = writing.current
      .then(() => saveDraftPages(dossierId, type, snapshot))
      .then(
        () => setState('ready'),
        () => setState('save-failed'),
      );
  }, [pages, dossierId, type]);

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

  /** Resolves once every change so far is on the device. */
  const flushed = useCallback(() => writing.current, []);

  return { pages, state, add, replace, remove, move, clear, flushed };
}
