import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { createProfile, OWNER_PROFILE_NAME, OwnerCodeExistsError, protectUnownedDossiers, StorageFullError, WeakCodeError } from '@/storage';
import { Button } from '@/ui/Button';
import { Notice } from '@/ui/Notice';
import { profileUnlocked, whileSettingOwnerCode } from '@/state/session';
import { NewCodeFields, useNewCode, type NewCodeErrors } from '@/features/lock/NewCodeFields';

type Done = { moved: boolean };

/**
 * The owner's code, typed twice. Once stored, its key is held at once (the owner goes on working)
 * and the dossiers already on the phone are sealed again under it: a code that protected only
 * tomorrow's dossiers would be a false promise.
 */
export function SetPhoneCodeForm({ labelledBy, onDone, onCancel }: { labelledBy: string; onDone: (done: Done) => void; onCancel: () => void }) {
  const { t } = useTranslation('device');
  const newCode = useNewCode();
  const [errors, setErrors] = useState<NewCodeErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const { codeRef } = newCode.fields;
  useEffect(() => codeRef.current?.focus(), [codeRef]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const found = newCode.check();
    setErrors(found);
    setFormError(null);
    if (newCode.focusRefused(found)) return;
    setBusy(true);
    let profile: { id: string; name: string };
    try {
      profile = await whileSettingOwnerCode(async () => {
        const created = await createProfile(OWNER_PROFILE_NAME, newCode.code, { purpose: 'owner' });
        // Said at once, before the move: the lock screen must not take the place of this screen.
        profileUnlocked({ ...created, purpose: 'owner' }, { focus: false });
        return created;
      });
    } catch (error) {
      setBusy(false);
      if (error instanceof WeakCodeError) {
        const refused = { code: { key: `create.errors.${error.reason}` } };
        setErrors(refused);
        return newCode.focusRefused(refused);
      }
      if (error instanceof OwnerCodeExistsError) return setFormError(t('phoneCode.errors.exists'));
      return setFormError(t(error instanceof StorageFullError ? 'phoneCode.errors.storage-full' : 'phoneCode.errors.storage'));
    }
    // A move cut short is finished at the next unlock (UnlockForm): the code is set either way.
    const moved = await protectUnownedDossiers(profile.id).then(
      () => true,
      () => false,
    );
    onDone({ moved });
  };

  return (
    <form className="lock-form" onSubmit={(event) => void submit(event)} noValidate aria-labelledby={labelledBy}>
      {formError ? <Notice tone="error">{formError}</Notice> : null}
      <NewCodeFields {...newCode.fields} errors={errors} disabled={busy} />
      <div className="lock-form__actions">
        <Button type="submit" disabled={busy}>
          {busy ? t('phoneCode.busy') : t('phoneCode.setSubmit')}
        </Button>
        <Button variant="secondary" onClick={onCancel} disabled={busy}>
          {t('phoneCode.cancel')}
        </Button>
      </div>
    </form>
  );
}
