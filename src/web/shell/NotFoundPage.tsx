import { Anchor, Stack, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('notFound.title')} · Sinergi`);
  return (
    <Stack gap="sm">
      <Title order={1}>{t('notFound.title')}</Title>
      <Anchor component={Link} to="/regions">{t('notFound.back')}</Anchor>
    </Stack>
  );
}
