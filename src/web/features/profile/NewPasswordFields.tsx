import { PasswordInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PASSWORD_MIN } from '../auth/access';

/** A new password typed twice: its value, whether it is acceptable, and a reset. */
export function useNewPassword() {
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  return { next, repeat, setNext, setRepeat, valid: next.length >= PASSWORD_MIN && repeat === next, clear: () => { setNext(''); setRepeat(''); } };
}

/** The two fields of a new password, with the length rule and the mismatch shown as one types. */
export function NewPasswordFields({ state, autoFocus }: { state: ReturnType<typeof useNewPassword>; autoFocus?: boolean }) {
  const { t } = useTranslation();
  const tooShort = state.next !== '' && state.next.length < PASSWORD_MIN;
  const mismatch = state.repeat !== '' && state.repeat !== state.next;
  return (
    <>
      <PasswordInput label={t('profile.newPassword')} autoComplete="new-password" required value={state.next} data-autofocus={autoFocus || undefined}
        description={t('profile.passwordRule', { min: PASSWORD_MIN })}
        error={tooShort ? t('profile.passwordTooShort', { min: PASSWORD_MIN }) : undefined}
        onChange={(event) => state.setNext(event.currentTarget.value)} />
      <PasswordInput label={t('profile.repeatPassword')} autoComplete="new-password" required value={state.repeat}
        error={mismatch ? t('profile.passwordMismatch') : undefined}
        onChange={(event) => state.setRepeat(event.currentTarget.value)} />
    </>
  );
}
