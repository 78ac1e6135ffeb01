import { Alert, Button, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { ApiError } from '../../api';
import { Loading } from '../../shell/QueryState';
import { safeNext, useLogin, useMe } from './session';

/** /login?next=… — email and password; afterwards back to where the user was going. */
export function LoginPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('auth.signIn')} · Sinergi`);
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const navigate = useNavigate();
  const ended = Number.parseInt(params.get('ended') ?? '', 10);
  const me = useMe();
  const login = useLogin();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  if (me.isPending) return <Loading />;
  if (me.data && !login.isSuccess) return <Navigate to={next} replace />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    login.mutate({ email: email.trim(), password }, { onSuccess: () => void navigate(next, { replace: true }) });
  };
  const error = login.error instanceof ApiError ? login.error.message : login.error ? t('common.networkError') : null;
  return (
    <Paper withBorder p="xl" maw={420} mx="auto" mt="xl">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Title order={1} size="h2">{t('auth.loginTitle')}</Title>
          <Text size="sm" c="dimmed">{t('auth.loginHint')}</Text>
          {Number.isInteger(ended) && !login.isPending && (
            <Alert color="teal" variant="light" role="status">{t('auth.sessionsEnded', { count: ended })}</Alert>
          )}
          {error && <Alert color="red" variant="light" role="alert">{error}</Alert>}
          <TextInput
            label={t('auth.email')}
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(event) => setEmail(event.currentTarget.value)}
            autoFocus
          />
          <PasswordInput
            label={t('auth.password')}
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.currentTarget.value)}
          />
          <Button type="submit" loading={login.isPending} disabled={!email.trim() || !password}>
            {t('auth.signIn')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
