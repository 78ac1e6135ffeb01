import { Anchor, Paper, Stack, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useCurrentUser } from '../auth/session';
import { CampaignForm } from './CampaignForm';

/** /pakta-integritas/baru — a new campaign, in the coordinator's own region unless another is chosen. */
export function NewCampaignPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('pacts.newCampaign')} · Sinergi`);
  const navigate = useNavigate();
  const scope = useCurrentUser()?.scopeRegionCode ?? undefined;
  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/pakta-integritas" size="sm">{t('pacts.backToList')}</Anchor>
      <Title order={1}>{t('pacts.newCampaign')}</Title>
      <Paper withBorder p="md">
        <CampaignForm defaultRegion={scope} onSaved={(saved) => navigate(`/pakta-integritas/${saved.id}`)} />
      </Paper>
    </Stack>
  );
}
