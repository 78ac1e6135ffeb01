import './media.css';
import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { NotAllowed } from '../../shell/NotAllowed';
import { allows } from '../auth/access';
import { useCurrentUser } from '../auth/session';
import { MEDIA_WRITERS } from './access';
import { PasteForm } from './PasteForm';
import { UploadForm } from './UploadForm';

/** /media/tambah — add articles by pasting one or uploading files. */
export function AddArticlesPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('media.add.heading')} · Sinergi`);
  const user = useCurrentUser();
  if (user && !allows(MEDIA_WRITERS, user.role)) return <NotAllowed />;
  return (
    <Stack gap="lg" maw={900}>
      <Anchor component={Link} to="/media" size="sm">{t('media.backToList')}</Anchor>
      <div>
        <Title order={1} size="h2">{t('media.add.heading')}</Title>
        <Text size="sm" c="dimmed">{t('media.add.intro')}</Text>
      </div>
      <PasteForm />
      <UploadForm />
    </Stack>
  );
}
