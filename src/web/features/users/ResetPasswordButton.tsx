import { Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../accountsApi';
import { ErrorNotice } from '../../shell/QueryState';
import { PASSWORD_MIN } from '../auth/access';
import { useResetPassword, type UserNotice } from './queries';

/** "Reset password" on an account row: a new password typed twice; the server ends all of the account's sessions. */
export function ResetPasswordButton({ user, onSaved }: { user: User; onSaved: (notice: UserNotice) => void }) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Button size="xs" variant="subtle" color="orange" onClick={open} aria-label={t('users.resetNamed', { name: user.displayName })}>
        {t('users.resetPassword')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('users.resetTitle', { name: user.displayName })} centered>
        {opened && <ResetPasswordForm user={user} onDone={(notice) => { close(); onSaved(notice); }} onCancel={close} />}
      </Modal>
    </>
  );
}

function ResetPasswordForm({ user, onDone, onCancel }: { user: User; onDone: (notice: UserNotice) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const reset = useResetPassword();
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const tooShort = next !== '' && next.length < PASSWORD_MIN;
  const mismatch = repeat !== '' && repeat !== next;
  const valid = next.length >= PASSWORD_MIN && repeat === next;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!valid) return;
    reset.mutate({ id: user.id, newPassword: next }, { onSuccess: () => onDone({ kind: 'reset', email: user.email }) });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">{user.email}</Text>
        <Text size="sm">{t('users.resetHint')}</Text>
        {reset.isError && <ErrorNotice error={reset.error} />}
        <PasswordInput label={t('profile.newPassword')} autoComplete="new-password" required value={next} data-autofocus
          description={t('profile.passwordRule', { min: PASSWORD_MIN })}
          error={tooShort ? t('profile.passwordTooShort', { min: PASSWORD_MIN }) : undefined}
          onChange={(event) => setNext(event.currentTarget.value)} />
        <PasswordInput label={t('profile.repeatPassword')} autoComplete="new-password" required value={repeat}
          error={mismatch ? t('profile.passwordMismatch') : undefined}
          onChange={(event) => setRepeat(event.currentTarget.value)} />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onCancel}>{t('common.cancel')}</Button>
          <Button type="submit" color="orange" disabled={!valid} loading={reset.isPending}>{t('users.resetSubmit')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
