import { Alert, Button, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../shell/QueryState';
import { useChangePassword } from '../auth/session';
import { NewPasswordFields, useNewPassword } from './NewPasswordFields';

/** Current password, then the new one twice; the server ends every other session. */
export function PasswordForm() {
  const { t } = useTranslation();
  const change = useChangePassword();
  const [current, setCurrent] = useState('');
  const password = useNewPassword();
  const valid = current !== '' && password.valid;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!valid) return;
    change.mutate({ current, next: password.next }, {
      onSuccess: () => {
        setCurrent('');
        password.clear();
      },
    });
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="password-title">
      <form onSubmit={submit} noValidate>
        <Stack gap="md" maw={480}>
          <Title order={2} size="h4" id="password-title">{t('profile.passwordTitle')}</Title>
          <Text size="sm" c="dimmed">{t('profile.passwordHint')}</Text>
          {change.isSuccess && <Alert color="teal" variant="light" role="status">{t('profile.passwordChanged')}</Alert>}
          {change.isError && <ErrorNotice error={change.error} />}
          <PasswordInput label={t('profile.currentPassword')} autoComplete="current-password" required value={current}
            onChange={(event) => setCurrent(event.currentTarget.value)} />
          <NewPasswordFields state={password} />
          <Button type="submit" disabled={!valid} loading={change.isPending} w="fit-content">{t('profile.changePassword')}</Button>
        </Stack>
      </form>
    </Paper>
  );
}
