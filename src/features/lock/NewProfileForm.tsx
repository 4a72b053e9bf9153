import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  createProfile,
  InvalidProfileNameError,
  MAX_PROFILE_NAME,
  normalizeProfileName,
  StorageFullError,
  WeakCodeError,
} from '@/storage';
import { Button } from '@/ui/Button';
import { Notice } from '@/ui/Notice';
import { TextField } from '@/ui/TextField';
import type { Message } from './CodeField';
import { profileUnlocked } from '@/state/session';
import { NewCodeFields, useNewCode } from './NewCodeFields';

/** Keys, translated when shown: a change of language while they are on screen translates them too. */
type Errors = { name?: Message; code?: Message; confirm?: Message; form?: Message };

/**
 * A new mediator's profile: a name and a personal code typed twice. The code policy's refusals are
 * said in words before anything slow happens; the profile opens at once when it is created.
 */
export function NewProfileForm({ onCancel }: { onCancel: (() => void) | null }) {
  const { t } = useTranslation('lock');
  const id = useId();
  const nameField = useRef<HTMLInputElement>(null);
  const newCode = useNewCode();
  const [name, setName] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);

  useEffect(() => nameField.current?.focus(), []);
  const say = (message: Message | undefined) => (message ? t(message.key, message.values ?? {}) : undefined);

  const check = (): Errors => {
    const found: Errors = {};
    const clean = normalizeProfileName(name);
    if (clean === '') found.name = { key: 'create.errors.name-empty' };
    else if ([...clean].length > MAX_PROFILE_NAME) found.name = { key: 'create.errors.name-too-long', values: { max: MAX_PROFILE_NAME } };
    return { ...found, ...newCode.check() };
  };

  const focusFirst = (found: Errors) => {
    if (found.name) nameField.current?.focus();
    else newCode.focusRefused(found);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const found = check();
    setErrors(found);
    if (Object.keys(found).length > 0) return focusFirst(found);
    setBusy(true);
    try {
      profileUnlocked(await createProfile(name, newCode.code));
    } catch (error) {
      const next: Errors = {};
      if (error instanceof InvalidProfileNameError) next.name = { key: `create.errors.name-${error.reason}`, values: { max: MAX_PROFILE_NAME } };
      else if (error instanceof WeakCodeError) next.code = { key: `create.errors.${error.reason}` };
      else next.form = { key: error instanceof StorageFullError ? 'create.errors.storage-full' : 'create.errors.storage' };
      setErrors(next);
      setBusy(false);
      focusFirst(next);
    }
  };

  return (
    <form className="lock-form" onSubmit={(event) => void submit(event)} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('create.title')}</h2>
      <p>{t('create.warning')}</p>
      {errors.form ? <Notice tone="error">{say(errors.form)}</Notice> : null}
      <TextField
        ref={nameField}
        label={t('create.name')}
        hint={t('create.nameHint')}
        value={name}
        error={say(errors.name)}
        disabled={busy}
        autoComplete="off"
        maxLength={MAX_PROFILE_NAME + 20}
        onChange={(event) => setName(event.currentTarget.value)}
      />
      <NewCodeFields {...newCode.fields} errors={errors} disabled={busy} />
      <div className="lock-form__actions">
        <Button type="submit" disabled={busy}>
          {busy ? t('create.busy') : t('create.submit')}
        </Button>
        {onCancel ? (
          <Button variant="secondary" onClick={onCancel} disabled={busy}>
            {t('create.cancel')}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
