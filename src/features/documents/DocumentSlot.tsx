import { intlLocale } from '@/i18n/languages';
import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentRequirement } from '@/domain';
import { removeDocument, type DocumentRecord } from '@/storage';
import { Button } from '@/ui/Button';
import { Notice } from '@/ui/Notice';
import { SourceList } from '@/features/sources/SourceList';
import { CameraPanel } from './camera/CameraPanel';
import { hasLiveCamera } from './camera/liveCamera';
import { DocumentDateField } from './DocumentDateField';
import { IntakeMessageView } from './IntakeMessageView';
import { IntakeProgressView } from './IntakeProgressView';
import { PagesPanel } from './PagesPanel';
import { Thumbnail } from './Thumbnail';
import { useDocumentIntake } from './useDocumentIntake';
import { FrenchTerms } from '@/features/shared/FrenchTerms';
import { Bilingual } from '@/features/shared/Bilingual';

function formatSize(bytes: number, language: string): string {
  return new Intl.NumberFormat(intlLocale(language), { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 }).format(
    Math.max(1, Math.round(bytes / 1024)),
  );
}

/** Which camera is open: the live one (new pages, or one page to retake) or none. */
type CameraTarget = null | { retaking: string | null };

/**
 * One required document: why it is asked, what is accepted, what is attached, and how to add it —
 * photos (live camera where the browser allows it, else the phone's camera app, or files) become
 * pages of one PDF, a PDF is kept as it is. Nothing already saved is touched by a refused file.
 */
export function DocumentSlot({
  requirement,
  dossierId,
  stepId,
  attached,
  editable,
  dateValue,
  dateError,
  exempt,
  onDraftChange,
}: {
  /** How many pages wait to be saved as this document (the step asks before leaving them). */
  onDraftChange: (type: string, pages: number) => void;
  requirement: DocumentRequirement;
  /** On the list, but not owed by this person (an exemption of theirs applies). */
  exempt: boolean;
  dossierId: string;
  stepId: string;
  attached: readonly DocumentRecord[];
  editable: boolean;
  dateValue: string;
  dateError: string | undefined;
}) {
  const { t, i18n } = useTranslation('wizard');
  const id = useId();
  const intake = useDocumentIntake({ dossierId, type: requirement.type });
  const { draft, progress, message } = intake;
  const [camera, setCamera] = useState<CameraTarget>(null);
  const retakeTarget = useRef<string | null>(null);
  const systemCamera = useRef<HTMLInputElement>(null);
  const label = t(`documents.${requirement.type}.label`);
  const busy = progress !== null;

  const onPick = (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const files = [...(input.files ?? [])].map((file) => ({ blob: file, name: file.name }));
    input.value = '';
    const replacing = retakeTarget.current;
    retakeTarget.current = null;
    void intake.takeIn(files, replacing);
  };

  const openCamera = (retaking: string | null) => {
    if (hasLiveCamera()) {
      setCamera({ retaking });
      return;
    }
    retakeTarget.current = retaking;
    systemCamera.current?.click();
  };

  const switchToSystemCamera = () => {
    retakeTarget.current = camera?.retaking ?? null;
    setCamera(null);
    systemCamera.current?.click();
  };

  const lastPage = draft.pages.at(-1);
  const draftPages = draft.pages.length;
  useEffect(() => onDraftChange(requirement.type, draftPages), [onDraftChange, requirement.type, draftPages]);

  return (
    <section className="document-slot" aria-labelledby={`${id}-title`} data-document-type={requirement.type}>
      <h2 id={`${id}-title`} className="document-slot__title">
        <FrenchTerms text={label} />
        {exempt ? ` (${t('exempt')})` : requirement.required ? null : ` ${t('optional')}`}
      </h2>
      <Bilingual ns="wizard" text={(fr) => fr(`documents.${requirement.type}.label`)} />
      <p className="document-slot__why">{t(`documents.${requirement.type}.why`)}</p>
      <p className="document-slot__accepted">{t(`documents.${requirement.type}.accepted`)}</p>
      <SourceList sources={[...requirement.sources, ...(requirement.exemptions ?? []).flatMap((e) => e.sources)]} />
      {attached.length > 0 ? (
        <ul className="document-slot__files" aria-label={t('documentsAttached', { label })}>
          {attached.map((doc) => (
            <li key={doc.id} className="document-file">
              <Thumbnail document={doc} alt={t('thumbnailAlt', { label })} />
              <span className="document-file__name">
                <bdi>{doc.name}</bdi>
              </span>
              <span className="document-file__size">
                {doc.bytesPurgedAt === undefined ? formatSize(doc.size, i18n.language) : t('documentPurged')}
              </span>
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
        busy={busy}
        mode={intake.mode}
        onMode={(mode) => void intake.setMode(mode)}
        onMove={draft.move}
        onRemove={draft.remove}
        onRetake={(pageId) => openCamera(pageId)}
        onSave={() => void intake.savePages()}
      />
      {progress ? <IntakeProgressView progress={progress} onCancel={intake.cancel} /> : null}
      {message ? <IntakeMessageView message={message} /> : null}
      {draft.state === 'save-failed' && draft.pages.length > 0 ? <Notice tone="warning">{t('capture.draftNotKept')}</Notice> : null}
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
          <Button variant="secondary" disabled={busy} onClick={() => openCamera(null)}>
            {t(draft.pages.length > 0 ? 'capture.addPage' : 'takePhoto')}
          </Button>
          <label className={`button button--secondary file-button${busy ? ' is-busy' : ''}`}>
            <input
              type="file"
              multiple
              accept="image/jpeg,image/png,image/webp,application/pdf"
              className="visually-hidden"
              disabled={busy}
              data-testid={`file-input-${requirement.type}`}
              onChange={onPick}
            />
            {t('chooseFile')}
          </label>
          {/* capture opens the phone's camera app directly; desktops ignore it and show a file dialog. */}
          <input
            ref={systemCamera}
            type="file"
            accept="image/*"
            capture="environment"
            className="visually-hidden"
            tabIndex={-1}
            aria-hidden="true"
            data-testid={`camera-input-${requirement.type}`}
            onChange={onPick}
          />
        </div>
      ) : null}
      {camera ? (
        <CameraPanel
          label={label}
          single={camera.retaking !== null}
          lastPage={lastPage}
          pageCount={draft.pages.length}
          onShot={(photo) => intake.takeIn([{ blob: photo, name: t('camera.fileName', { label }) + '.jpg' }], camera.retaking)}
          onRetakeLast={() => lastPage && draft.remove(lastPage.id)}
          onSystemCamera={switchToSystemCamera}
          onClose={() => setCamera(null)}
        />
      ) : null}
    </section>
  );
}
