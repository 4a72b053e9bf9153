import { intlLocale } from '@/i18n/languages';
import { useCallback, useRef, useState } from 'react';
import { assemblePdf, captureLimits, type CaptureMode } from '@/capture';
import { addDocument, StorageFullError } from '@/storage';
import { intakeFile } from '@/capture';
import { usePageDraft, type DraftPage } from './usePageDraft';

/**
 * A message about a file, as a key and its values — words are chosen when it is shown, so a
 * language switch re-renders it. `file`: the name of the file it is about.
 */
export type IntakeMessage = {
  tone: 'error' | 'warning';
  key: string;
  file?: string;
  pages?: number;
  /** Bytes, formatted in the person's language when shown. */
  room?: { available: number; needed: number };
} | null;

/** What the person sees while the device works: never a frozen screen. */
export type IntakeProgress =
  | { phase: 'processing'; done: number; total: number }
  /** A PDF being checked (not a page being prepared): its pages are counted, not shown one by one. */
  | { phase: 'checking'; file: string }
  | { phase: 'assembling'; total: number }
  | { phase: 'saving' };

/** A photo or a file to take in, from the file picker, the system camera or the live camera. */
export type IncomingFile = { blob: Blob; name: string };

const pdfName = (source: string) => `${source.replace(/\.[^.]*$/, '') || 'document'}.pdf`;

export function formatMegabytes(bytes: number, language: string): string {
  return new Intl.NumberFormat(intlLocale(language), { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(bytes / (1024 * 1024));
}

/**
 * The capture of one required document: photos become pages of a draft (straightened, cropped,
 * without metadata), a PDF is checked and kept as it is, the draft becomes one PDF. A refused file
 * never touches what is already saved or already in the draft.
 */
export function useDocumentIntake({ dossierId, type }: { dossierId: string; type: string }) {
  const draft = usePageDraft(dossierId, type);
  const [message, setMessage] = useState<IntakeMessage>(null);
  const [progress, setProgress] = useState<IntakeProgress | null>(null);
  const [mode, setModeState] = useState<CaptureMode>('photo');
  const abort = useRef<AbortController | null>(null);

  const failure = useCallback((cause: unknown, file?: string): IntakeMessage => {
    if (cause instanceof StorageFullError && cause.room) return { tone: 'error', key: 'documentErrors.storage-room', room: cause.room };
    const key = cause instanceof StorageFullError ? 'documentErrors.storage-full' : 'documentErrors.save-failed';
    return file === undefined ? { tone: 'error', key } : { tone: 'error', key, file };
  }, []);

  const save = useCallback(
    async (bytes: ArrayBuffer, name: string, large: boolean) => {
      await addDocument({ dossierId, type, name, mime: 'application/pdf', bytes });
      if (large) setMessage({ tone: 'warning', key: 'documentErrors.large', file: name });
    },
    [dossierId, type],
  );

  /** Takes files in order; stops at the first refusal (the pages taken before it stay). */
  const takeIn = async (files: readonly IncomingFile[], replacing: string | null = null) => {
    if (files.length === 0) return;
    setMessage(null);
    const controller = new AbortController();
    abort.current = controller;
    let pagesInDraft = draft.pages.length;
    try {
      for (const [index, file] of files.entries()) {
        setProgress({ phase: 'processing', done: index, total: files.length });
        const intake = await intakeFile(file.blob, {
          signal: controller.signal,
          mode,
          onPdf: () => setProgress({ phase: 'checking', file: file.name }),
        });
        if (intake.kind === 'refused') {
          if (intake.reason !== 'cancelled') {
            const found = intake.pages === undefined ? {} : { pages: intake.pages };
            setMessage({ tone: 'error', key: `documentErrors.${intake.reason}`, file: file.name, ...found });
          }
          break;
        }
        if (intake.kind === 'pdf') await save(intake.bytes, file.name, intake.large);
        else if (replacing) draft.replace(replacing, intake.page, file);
        else if (pagesInDraft >= captureLimits.maxPdfPages) {
          // One document is one PDF of at most maxPdfPages pages: the pages already taken stay.
          setMessage({ tone: 'error', key: 'documentErrors.too-many-photos', pages: pagesInDraft });
          break;
        } else {
          draft.add(intake.page, file);
          pagesInDraft++;
        }
      }
    } catch (cause) {
      setMessage(failure(cause));
    } finally {
      abort.current = null;
      setProgress(null);
    }
  };

  /**
   * Switching between photo and black-on-white scan redoes the pages already taken from their
   * sources, so the whole document looks the same; a page that fails keeps its earlier version.
   */
  const setMode = async (next: CaptureMode) => {
    setModeState(next);
    const pages = draft.pages;
    if (pages.length === 0) return;
    setMessage(null);
    const controller = new AbortController();
    abort.current = controller;
    try {
      for (const [index, page] of pages.entries()) {
        setProgress({ phase: 'processing', done: index, total: pages.length });
        const intake = await intakeFile(page.source.blob, { signal: controller.signal, mode: next });
        if (intake.kind !== 'page') break;
        draft.replace(page.id, intake.page, page.source);
      }
    } finally {
      abort.current = null;
      setProgress(null);
    }
  };

  const savePages = async () => {
    const first: DraftPage | undefined = draft.pages[0];
    if (!first) return;
    setMessage(null);
    setProgress({ phase: 'assembling', total: draft.pages.length });
    try {
      const pdf = await assemblePdf(draft.pages.map((page) => page.jpeg));
      if (pdf.byteLength > captureLimits.maxDocumentBytes) {
        setMessage({ tone: 'error', key: 'documentErrors.pages-too-large', pages: draft.pages.length });
        return;
      }
      setProgress({ phase: 'saving' });
      await save(pdf, pdfName(first.source.name), pdf.byteLength > captureLimits.advisedDocumentBytes);
      draft.clear();
    } catch (cause) {
      // The pages stay on screen: the person can try again without taking them anew.
      setMessage(failure(cause));
    } finally {
      setProgress(null);
    }
  };

  return {
    draft,
    message,
    progress,
    mode,
    takeIn,
    setMode,
    savePages,
    cancel: () => abort.current?.abort(),
  };
}
