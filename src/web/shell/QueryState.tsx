import { Alert, Anchor, Button, Group, Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../api';

/** A small inline loader with an accessible label. */
export function Loading() {
  const { t } = useTranslation();
  return (
    <Group gap="xs" role="status" py="sm">
      <Loader size="sm" />
      <Text size="sm" c="dimmed">{t('common.loading')}</Text>
    </Group>
  );
}

/**
 * Shows the API's translated message, or a generic network message, with an optional retry. A 403 is
 * titled "not allowed"; a 401 (the session ended) offers to sign in again.
 */
export function ErrorNotice({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const status = error instanceof ApiError ? error.status : 0;
  const message = error instanceof ApiError ? error.message : t('common.networkError');
  const retryable = !(error instanceof ApiError && error.status < 500);
  return (
    <Alert
      color={status === 403 ? 'orange' : 'red'}
      title={status === 403 ? t('access.notAllowedTitle') : t('common.errorTitle')}
      role="alert"
      variant="light"
    >
      <Text size="sm">{message}</Text>
      {status === 401 && <Anchor component={Link} to="/login" size="sm">{t('auth.signIn')}</Anchor>}
      {onRetry && retryable && (
        <Button size="xs" variant="light" color="red" mt="sm" onClick={onRetry}>{t('common.retry')}</Button>
      )}
    </Alert>
  );
}
