import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  changeProfileCode,
  MAX_CODE_DIGITS,
  MIN_CODE_DIGITS,
  normalizeCode,
  removeOwnerCode,
  StorageFullError,
  WeakCodeError,
  type UnlockResult,
} from '@/storage';
import { Button } from '@/ui/Button';
import { CodeField, formatWait } from '@/features/lock/CodeField';
import { NewCodeFields, useNewCode, type NewCodeErrors } from '@/features/lock/NewCodeFields';
import { Notice } from '@/ui/Notice';

const CODE_SHAPE = new RegExp(`^[0-9]{${MIN_CODE_DIGITS},${MAX_CODE_DIGITS}}$`);

/** What a refused current code means, in words: never an erasure on the owner's own phone. */
function refusal(result: Exclude<UnlockResult, { ok: true }>): { key: string; values?: Record<string, string> } {
  if ('wait' in result) return { key: 'phoneCode.errors.wait', values: { time: formatWait(result.wait) } };
  if ('wrong' in result && result.waitMs > 0) return { key: 'phoneCode.errors.wrongWait', values: { time: formatWait(result.waitMs) } };
  return { key: 'phoneCode.errors.wrong' };
}

/**
 * Changing or removing the phone's code: both ask the current code first (counted like an unlock,
 * so this form is no way around the wait). Changing keeps the same key under a new envelope;
 * removing moves every dossier back under the device key, then deletes the code.
 */
export function CheckedCodeForm({
  action,
  ownerId,
  labelledBy,
  onDone,
  onCancel,
}: {
  action: 'change' | 'remove';
  ownerId: string;
  labelledBy: string;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('device');
  const currentField = useRef<HTMLInputElement>(null);
  const newCode = useNewCode();
  const [current, setCurrent] = useState('');
  const [currentError, setCurrentError] = useState<{ key: string; values?: Record<string, string | number> } | null>(null);
  const [errors, setErrors] = useState<NewCodeErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => currentField.current?.focus(), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setFormError(null);
    const shape = CODE_SHAPE.test(normalizeCode(current)) ? null : { key: 'phoneCode.errors.shape', values: { min: MIN_CODE_DIGITS, max: MAX_CODE_DIGITS } };
    const found = action === 'change' ? newCode.check() : {};
    setCurrentError(shape);
    setErrors(found);
    if (shape) return currentField.current?.focus();
    if (newCode.focusRefused(found)) return;
    setBusy(true);
    try {
      const result = action === 'change' ? await changeProfileCode(ownerId, current, newCode.code) : await removeOwnerCode(ownerId, current);
      // Removed: storage has dropped the key; the gate forgets the profile once the code is gone.
      if (result.ok) return onDone();
      setCurrent('');
      setCurrentError(refusal(result));
      setBusy(false);
      requestAnimationFrame(() => currentField.current?.focus());
    } catch (error) {
      setBusy(false);
      if (error instanceof WeakCodeError) return setErrors({ code: { key: `create.errors.${error.reason}` } });
      setFormError(t(error instanceof StorageFullError ? 'phoneCode.errors.storage-full' : 'phoneCode.errors.storage'));
    }
  };

  return (
    <form className="lock-form" onSubmit={(event) => void submit(event)} noValidate aria-labelledby={labelledBy}>
      {action === 'remove' ? <p>{t('phoneCode.removeBody')}</p> : null}
      {formError ? <Notice tone="error">{formError}</Notice> : null}
      <CodeField
        ref={currentField}
        label={t('phoneCode.current')}
        value={current}
        error={currentError ? t(currentError.key, currentError.values ?? {}) : undefined}
        disabled={busy}
        onChange={(event) => setCurrent(event.currentTarget.value)}
      />
      {action === 'change' ? (
        <NewCodeFields {...newCode.fields} errors={errors} disabled={busy} codeLabel="create.newCode" />
      ) : null}
      <div className="lock-form__actions">
        <Button type="submit" variant={action === 'remove' ? 'danger' : 'primary'} disabled={busy}>
          {busy ? t('phoneCode.busy') : t(action === 'change' ? 'phoneCode.changeSubmit' : 'phoneCode.removeSubmit')}
        </Button>
        <Button variant="secondary" onClick={onCancel} disabled={busy}>
          {t('phoneCode.cancel')}
        </Button>
      </div>
    </form>
  );
}
