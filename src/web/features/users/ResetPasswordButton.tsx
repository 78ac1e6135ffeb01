import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../accountsApi';
import { ErrorNotice } from '../../shell/QueryState';
import { NewPasswordFields, useNewPassword } from '../profile/NewPasswordFields';
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
  const password = useNewPassword();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!password.valid) return;
    reset.mutate({ id: user.id, newPassword: password.next }, { onSuccess: () => onDone({ kind: 'reset', email: user.email }) });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">{user.email}</Text>
        <Text size="sm">{t('users.resetHint')}</Text>
        {reset.isError && <ErrorNotice error={reset.error} />}
        <NewPasswordFields state={password} autoFocus />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onCancel}>{t('common.cancel')}</Button>
          <Button type="submit" color="orange" disabled={!password.valid} loading={reset.isPending}>{t('users.resetSubmit')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
