import { Alert, Button, Group, Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
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

/** Shows the API's translated message, or a generic network message, with an optional retry. */
export function ErrorNotice({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const message = error instanceof ApiError ? error.message : t('common.networkError');
  const retryable = !(error instanceof ApiError && error.status < 500);
  return (
    <Alert color="red" title={t('common.errorTitle')} role="alert" variant="light">
      <Text size="sm">{message}</Text>
      {onRetry && retryable && (
        <Button size="xs" variant="light" color="red" mt="sm" onClick={onRetry}>{t('common.retry')}</Button>
      )}
    </Alert>
  );
}
