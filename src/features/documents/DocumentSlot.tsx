import { useId, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { assemblePdf, captureLimits } from '@/capture';
import type { DocumentRequirement } from '@/domain';
import { addDocument, removeDocument, StorageFullError, type DocumentRecord } from '@/storage';
import { Button } from '@/ui/Button';
import { Notice } from '@/ui/Notice';
import { DocumentDateField } from './DocumentDateField';
import { intakeFile } from './intakeFile';
import { PagesPanel } from './PagesPanel';
import { Thumbnail } from './Thumbnail';
import { usePageDraft } from './usePageDraft';

type Message = { tone: 'error' | 'warning'; text: string } | null;
type Busy = null | 'processing' | 'saving';

function formatSize(bytes: number, language: string): string {
  return new Intl.NumberFormat(language, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 }).format(
    Math.max(1, Math.round(bytes / 1024)),
  );
}

const pdfName = (source: string) => `${source.replace(/\.[^.]*$/, '') || 'document'}.pdf`;

/**
 * One required document: why it is asked, what is accepted, what is attached, and how to add it —
 * photos become pages of one PDF, a PDF is kept as it is. Nothing already saved is touched by a
 * refused file.
 */
export function DocumentSlot({
  requirement,
  dossierId,
  stepId,
  attached,
  editable,
  dateValue,
  dateError,
}: {
  requirement: DocumentRequirement;
  dossierId: string;
  stepId: string;
  attached: readonly DocumentRecord[];
  editable: boolean;
  dateValue: string;
  dateError: string | undefined;
}) {
  const { t, i18n } = useTranslation('wizard');
  const id = useId();
  const [message, setMessage] = useState<Message>(null);
  const [busy, setBusy] = useState<Busy>(null);
  const draft = usePageDraft();
  const abort = useRef<AbortController | null>(null);
  const retakeTarget = useRef<string | null>(null);
  const retakeInput = useRef<HTMLInputElement>(null);
  const label = t(`documents.${requirement.type}.label`);

  const save = async (bytes: ArrayBuffer, name: string, large: boolean) => {
    await addDocument({ dossierId, type: requirement.type, name, mime: 'application/pdf', bytes });
    if (large) setMessage({ tone: 'warning', text: t('documentErrors.large') });
  };

  const onPick = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const files = [...(input.files ?? [])];
    input.value = '';
    const replacing = retakeTarget.current;
    retakeTarget.current = null;
    if (files.length === 0) return;
    setMessage(null);
    setBusy('processing');
    const controller = new AbortController();
    abort.current = controller;
    let added = 0;
    try {
      for (const file of files) {
        const intake = await intakeFile(file, controller.signal);
        if (intake.kind === 'refused') {
          if (intake.reason !== 'cancelled') setMessage({ tone: 'error', text: t(`documentErrors.${intake.reason}`) });
          break;
        }
        if (intake.kind === 'pdf') await save(intake.bytes, file.name, intake.large);
        else if (replacing) draft.replace(replacing, intake.page, file.name);
        else if (draft.pages.length + added >= captureLimits.maxPdfPages) {
          // One document is one PDF of at most maxPdfPages pages: the pages already taken stay.
          setMessage({ tone: 'error', text: t('documentErrors.too-many-pages') });
          break;
        } else {
          draft.add(intake.page, file.name);
          added++;
        }
      }
    } catch (cause) {
      setMessage({ tone: 'error', text: t(cause instanceof StorageFullError ? 'documentErrors.storage-full' : 'documentErrors.save-failed') });
    } finally {
      abort.current = null;
      setBusy(null);
    }
  };

  const onSavePages = async () => {
    const first = draft.pages[0];
    if (!first) return;
    setBusy('saving');
    setMessage(null);
    try {
      const pdf = await assemblePdf(draft.pages.map((page) => page.jpeg));
      if (pdf.byteLength > captureLimits.maxDocumentBytes) {
        setMessage({ tone: 'error', text: t('documentErrors.too-large') });
        return;
      }
      await save(pdf, pdfName(first.sourceName), pdf.byteLength > captureLimits.advisedDocumentBytes);
      draft.clear();
    } catch (cause) {
      // The pages stay on screen: the person can try again without taking them anew.
      setMessage({ tone: 'error', text: t(cause instanceof StorageFullError ? 'documentErrors.storage-full' : 'documentErrors.save-failed') });
    } finally {
      setBusy(null);
    }
  };

  const onRetake = (pageId: string) => {
    retakeTarget.current = pageId;
    retakeInput.current?.click();
  };

  return (
    <section className="document-slot" aria-labelledby={`${id}-title`} data-document-type={requirement.type}>
      <h2 id={`${id}-title`} className="document-slot__title">
        {label}
        {requirement.required ? null : ` ${t('optional')}`}
      </h2>
      <p className="document-slot__why">{t(`documents.${requirement.type}.why`)}</p>
      <p className="document-slot__accepted">{t(`documents.${requirement.type}.accepted`)}</p>
      {attached.length > 0 ? (
        <ul className="document-slot__files" aria-label={t('documentsAttached', { label })}>
          {attached.map((doc) => (
            <li key={doc.id} className="document-file">
              <Thumbnail document={doc} alt={t('thumbnailAlt', { label })} />
              <span className="document-file__name">{doc.name}</span>
              <span className="document-file__size">{formatSize(doc.size, i18n.language)}</span>
              {editable ? (
                <Button variant="link" onClick={() => void removeDocument(doc.id)} aria-label={t('removeDocument', { name: doc.name })}>
                  {t('remove')}
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : draft.pages.length === 0 ? (
        <p className="document-slot__none">{t('noDocumentYet')}</p>
      ) : null}
      <PagesPanel
        label={label}
        pages={draft.pages}
        busy={busy !== null}
        onMove={draft.move}
        onRemove={draft.remove}
        onRetake={onRetake}
        onSave={() => void onSavePages()}
      />
      {busy ? (
        <div className="capture-progress" role="status">
          <span>{t(busy === 'processing' ? 'capture.processing' : 'capture.saving')}</span>
          {busy === 'processing' ? (
            <Button variant="link" onClick={() => abort.current?.abort()}>
              {t('capture.cancel')}
            </Button>
          ) : null}
        </div>
      ) : null}
      {message ? <Notice tone={message.tone}>{message.text}</Notice> : null}
      {requirement.issuedWithin && attached.length > 0 ? (
        <DocumentDateField
          issuedWithin={requirement.issuedWithin}
          dossierId={dossierId}
          stepId={stepId}
          value={dateValue}
          error={dateError}
          editable={editable}
        />
      ) : null}
      {editable ? (
        <div className="document-slot__actions">
          {/* capture opens the camera directly on phones; desktops ignore it and show a file dialog. */}
          <label className={`button button--secondary file-button${busy ? ' is-busy' : ''}`}>
            <input type="file" accept="image/*" capture="environment" className="visually-hidden" disabled={busy !== null} onChange={(e) => void onPick(e)} />
            {t(draft.pages.length > 0 ? 'capture.addPage' : 'takePhoto')}
          </label>
          <label className={`button button--secondary file-button${busy ? ' is-busy' : ''}`}>
            <input
              type="file"
              multiple
              accept="image/jpeg,image/png,image/webp,application/pdf"
              className="visually-hidden"
              disabled={busy !== null}
              data-testid={`file-input-${requirement.type}`}
              onChange={(e) => void onPick(e)}
            />
            {t('chooseFile')}
          </label>
          <input ref={retakeInput} type="file" accept="image/*" capture="environment" className="visually-hidden" tabIndex={-1} aria-hidden="true" onChange={(e) => void onPick(e)} />
        </div>
      ) : null}
    </section>
  );
}
