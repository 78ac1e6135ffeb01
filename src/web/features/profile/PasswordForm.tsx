import { Alert, Button, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../shell/QueryState';
import { PASSWORD_MIN } from '../auth/access';
import { useChangePassword } from '../auth/session';

/** Current password, then the new one twice; the server ends every other session. */
export function PasswordForm() {
  const { t } = useTranslation();
  const change = useChangePassword();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const tooShort = next !== '' && next.length < PASSWORD_MIN;
  const mismatch = repeat !== '' && repeat !== next;
  const valid = current !== '' && next.length >= PASSWORD_MIN && repeat === next;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!valid) return;
    change.mutate({ current, next }, {
      onSuccess: () => {
        setCurrent('');
        setNext('');
        setRepeat('');
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
          <PasswordInput label={t('profile.newPassword')} autoComplete="new-password" required value={next}
            description={t('profile.passwordRule', { min: PASSWORD_MIN })}
            error={tooShort ? t('profile.passwordTooShort', { min: PASSWORD_MIN }) : undefined}
            onChange={(event) => setNext(event.currentTarget.value)} />
          <PasswordInput label={t('profile.repeatPassword')} autoComplete="new-password" required value={repeat}
            error={mismatch ? t('profile.passwordMismatch') : undefined}
            onChange={(event) => setRepeat(event.currentTarget.value)} />
          <Button type="submit" disabled={!valid} loading={change.isPending} w="fit-content">{t('profile.changePassword')}</Button>
        </Stack>
      </form>
    </Paper>
  );
}
