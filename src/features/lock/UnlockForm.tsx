import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  MAX_CODE_DIGITS,
  MAX_FAILED_ATTEMPTS,
  MIN_CODE_DIGITS,
  normalizeCode,
  profileWait,
  protectUnownedDossiers,
  unlockProfile,
  type ProfilePurpose,
  type ProfileSummary,
} from '@/storage';
import { Button } from '@/ui/Button';
import { Notice } from '@/ui/Notice';
import { CodeField, formatWait, type Message } from './CodeField';
import { profileUnlocked } from '@/state/session';

const CODE_SHAPE = new RegExp(`^[0-9]{${MIN_CODE_DIGITS},${MAX_CODE_DIGITS}}$`);

/**
 * Milliseconds before this profile may try a code again, ticking once a second while there is a
 * wait. Right after a wrong code `now` is older than the failure, which waitBeforeNextAttempt reads
 * as the whole wait: the count starts in full, then ticks.
 */
function useWait(profile: ProfileSummary, purpose: ProfilePurpose): number {
  const [now, setNow] = useState(() => Date.now());
  const wait = profile.failures > 0 && profile.lastFailureAt !== undefined ? profileWait(purpose, profile.failures, profile.lastFailureAt, now) : 0;
  const waiting = wait > 0;
  useEffect(() => {
    if (!waiting) return;
    const timer = setInterval(() => setNow(Date.now()), 1_000);
    return () => clearInterval(timer);
  }, [waiting]);
  return wait;
}

type Props =
  | { purpose: 'mediator'; profile: ProfileSummary; onBack: () => void; onWiped: () => void }
  /** A personal phone's own code: no profile to go back to, and never a wipe (decision 2). */
  | { purpose: 'owner'; profile: ProfileSummary };

/**
 * One profile's code. Says what is at stake in the person's language: attempts left after a wrong
 * code, the wait (with a visible countdown) after the fourth, and before the last try, what a
 * wipe would take with it. The owner of a phone is told only that nothing is erased.
 */
export function UnlockForm(props: Props) {
  const { profile, purpose } = props;
  const { t } = useTranslation('lock');
  const id = useId();
  const field = useRef<HTMLInputElement>(null);
  const [code, setCode] = useState('');
  // Kept as a key, not as text: a change of language while it is shown translates it too.
  const [error, setError] = useState<Message | null>(null);
  const [busy, setBusy] = useState(false);
  const wait = useWait(profile, purpose);
  const attemptsLeft = purpose === 'owner' ? Infinity : MAX_FAILED_ATTEMPTS - profile.failures;

  // On opening, and again after a check (the field was disabled meanwhile): type at once.
  useEffect(() => {
    if (!busy) field.current?.focus();
  }, [busy]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || wait > 0) return;
    // A code of the wrong shape cannot be right: said, and not counted as a try.
    if (!CODE_SHAPE.test(normalizeCode(code))) {
      setError({ key: 'unlock.shape', values: { min: MIN_CODE_DIGITS, max: MAX_CODE_DIGITS } });
      field.current?.focus();
      return;
    }
    setBusy(true);
    try {
      const result = await unlockProfile(profile.id, code);
      if (result.ok) {
        // Dossiers a cut-short change of code left with no owner are protected before anything shows.
        if (purpose === 'owner') await protectUnownedDossiers(result.profile.id).catch(() => 0);
        return profileUnlocked({ ...result.profile, purpose });
      }
      setCode('');
      if ('wiped' in result) return props.purpose === 'mediator' ? props.onWiped() : undefined;
      if ('wait' in result) setError({ key: 'unlock.tooEarly' });
      else if (purpose === 'owner') setError({ key: 'owner.wrong' });
      else setError({ key: 'unlock.wrong', values: { n: result.attemptsLeft } });
    } catch {
      setError({ key: 'unlock.error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="lock-form" onSubmit={(event) => void submit(event)} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{purpose === 'owner' ? t('owner.formTitle') : t('unlock.title', { name: profile.name })}</h2>
      {attemptsLeft === 1 ? (
        <Notice tone="error" title={t('unlock.lastTitle')}>
          <p>{t('unlock.lastBody', { dossiers: profile.dossiers, waiting: profile.waiting })}</p>
        </Notice>
      ) : null}
      <CodeField
        ref={field}
        label={t(purpose === 'owner' ? 'owner.code' : 'unlock.code')}
        value={code}
        error={error ? t(error.key, error.values ?? {}) : undefined}
        disabled={busy}
        onChange={(event) => setCode(event.currentTarget.value)}
      />
      {wait > 0 ? (
        <div className="lock-wait">
          <p className="lock-wait__title">{t('unlock.waitTitle')}</p>
          {/* role="timer" is not announced at each tick; the title above says why once. */}
          <p role="timer" className="lock-wait__timer">
            {t('unlock.waitTimer', { time: formatWait(wait) })}
          </p>
        </div>
      ) : null}
      <div className="lock-form__actions">
        <Button type="submit" disabled={busy || wait > 0}>
          {busy ? t('unlock.busy') : t('unlock.submit')}
        </Button>
        {props.purpose === 'mediator' ? (
          <Button variant="secondary" onClick={props.onBack}>
            {t('unlock.back')}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
