import { useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentRequirement } from '@/domain';
import { addDocument, removeDocument, StorageFullError, type DocumentRecord } from '@/storage';
import { Button } from '@/ui/Button';
import { Notice } from '@/ui/Notice';
import { DocumentDateField } from './DocumentDateField';
import { readDocumentFile } from './readDocumentFile';
import { Thumbnail } from './Thumbnail';

type Message = { tone: 'error' | 'warning'; text: string } | null;

function formatSize(bytes: number, language: string): string {
  return new Intl.NumberFormat(language, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 }).format(
    Math.max(1, Math.round(bytes / 1024)),
  );
}

/** One required document: why it is asked, what is accepted, what is attached, and two ways to add it. */
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
  const [busy, setBusy] = useState(false);
  const label = t(`documents.${requirement.type}.label`);

  const onPick = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setBusy(true);
    setMessage(null);
    try {
      const read = await readDocumentFile(file);
      if (!read.ok) {
        setMessage({ tone: 'error', text: t(`documentErrors.${read.reason}`) });
        return;
      }
      await addDocument({ dossierId, type: requirement.type, name: read.name, mime: read.mime, bytes: read.bytes });
      if (read.large) setMessage({ tone: 'warning', text: t('documentErrors.large') });
    } catch (cause) {
      setMessage({ tone: 'error', text: t(cause instanceof StorageFullError ? 'documentErrors.storage-full' : 'documentErrors.save-failed') });
    } finally {
      setBusy(false);
    }
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
      ) : (
        <p className="document-slot__none">{t('noDocumentYet')}</p>
      )}
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
            <input type="file" accept="image/*" capture="environment" className="visually-hidden" disabled={busy} onChange={(e) => void onPick(e)} />
            {t('takePhoto')}
          </label>
          <label className={`button button--secondary file-button${busy ? ' is-busy' : ''}`}>
            <input
              type="file"
              accept="image/jpeg,image/png,image/webp,application/pdf"
              className="visually-hidden"
              disabled={busy}
              data-testid={`file-input-${requirement.type}`}
              onChange={(e) => void onPick(e)}
            />
            {t('chooseFile')}
          </label>
        </div>
      ) : null}
    </section>
  );
}
