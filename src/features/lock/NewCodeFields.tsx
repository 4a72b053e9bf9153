import { useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { checkCode } from '@/storage';
import { CodeField, type Message } from './CodeField';

/** Keys, translated when shown: a change of language while they are on screen translates them too. */
export type NewCodeErrors = { code?: Message; confirm?: Message };

/**
 * The code policy's refusals, in words, before anything slow happens; then the second typing. The
 * same rules for a mediator's profile and a phone's own code.
 */
export function checkNewCode(code: string, confirm: string): NewCodeErrors {
  const policy = checkCode(code);
  if (!policy.ok) return { code: { key: `create.errors.${policy.reason}` } };
  // Compared as the key is derived from them: ١٢٣… on one keyboard and 123… on another are one code.
  const again = checkCode(confirm);
  if (!again.ok || again.code !== policy.code) return { confirm: { key: 'create.errors.mismatch' } };
  return {};
}

/**
 * The two fields' values, refs and focus, for every form that asks for a new code (a mediator's
 * profile, a phone's code, a changed code): spread `fields` into <NewCodeFields>.
 */
export function useNewCode() {
  const codeRef = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLInputElement>(null);
  const [code, setCode] = useState('');
  const [confirm, setConfirm] = useState('');
  return {
    code,
    check: () => checkNewCode(code, confirm),
    /** Moves the focus to the first of the two fields `found` refuses; false when it refuses neither. */
    focusRefused(found: NewCodeErrors): boolean {
      const field = found.code ? codeRef : found.confirm ? confirmRef : null;
      field?.current?.focus();
      return field !== null;
    },
    fields: { codeRef, confirmRef, code, confirm, onCode: setCode, onConfirm: setConfirm },
  };
}

type Props = {
  codeRef: RefObject<HTMLInputElement | null>;
  confirmRef: RefObject<HTMLInputElement | null>;
  code: string;
  confirm: string;
  onCode: (value: string) => void;
  onConfirm: (value: string) => void;
  errors: NewCodeErrors;
  disabled: boolean;
  /** A key of the `lock` namespace for the first field, when "choose a personal code" does not fit. */
  codeLabel?: string;
};

/** A new code typed twice, with the policy said in the hint. */
export function NewCodeFields({ codeRef, confirmRef, code, confirm, onCode, onConfirm, errors, disabled, codeLabel }: Props) {
  const { t } = useTranslation('lock');
  const say = (message: Message | undefined) => (message ? t(message.key, message.values ?? {}) : undefined);
  return (
    <>
      <CodeField
        ref={codeRef}
        label={t(codeLabel ?? 'create.code')}
        hint={t('create.codeHint')}
        value={code}
        error={say(errors.code)}
        disabled={disabled}
        onChange={(event) => onCode(event.currentTarget.value)}
      />
      <CodeField
        ref={confirmRef}
        label={t('create.confirm')}
        value={confirm}
        error={say(errors.confirm)}
        disabled={disabled}
        onChange={(event) => onConfirm(event.currentTarget.value)}
      />
    </>
  );
}
