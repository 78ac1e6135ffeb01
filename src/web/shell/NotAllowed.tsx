import { Alert, Anchor, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** A page the signed-in role may not use; `apiMessage` is the server's own 403 text when it answered. */
export function NotAllowed({ apiMessage }: { apiMessage?: string }) {
  const { t } = useTranslation();
  useDocumentTitle(`${t('access.notAllowedTitle')} · Sinergi`);
  return (
    <Stack gap="sm" data-testid="not-allowed">
      <Title order={1} size="h2">{t('access.notAllowedTitle')}</Title>
      <Alert color="orange" variant="light" role="alert">
        <Text size="sm">{t('access.notAllowed')}</Text>
        {apiMessage && <Text size="sm" mt={4}>{apiMessage}</Text>}
      </Alert>
      <Anchor component={Link} to="/regions">{t('notFound.back')}</Anchor>
    </Stack>
  );
}
