import { Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ConfirmDangerButton } from '../../shell/ConfirmDangerButton';
import { ErrorNotice, Loading } from '../../shell/QueryState';
import { useLang } from '../../shell/useLang';
import { formatInZone } from '../../shell/zonedTime';
import { allows, MANAGERS } from '../auth/access';
import { useCurrentUser } from '../auth/session';
import { AddTargets } from './AddTargets';
import { pactsApi, type CampaignSummary } from './api';
import { CampaignForm } from './CampaignForm';
import { LinksPanel } from './LinksPanel';
import { useCampaign, useRemoveCampaign } from './queries';
import { TargetsSection } from './TargetsSection';
import { zoneLabel } from './zone';

// The compliance panel draws its progress with ECharts: loaded with the panel, not with the app.
const CompliancePanel = lazy(() => import('./CompliancePanel').then((m) => ({ default: m.CompliancePanel })));

const REQUIREMENTS = ['requiresDocument', 'requiresVideo', 'requiresSigner', 'requiresSignedOn'] as const;

/** /pakta-integritas/:id — one campaign: its facts, compliance, targets, links and the recap. */
export function CampaignPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const query = useCampaign(id);
  useDocumentTitle(`${query.data?.title ?? t('pacts.title')} · Sinergi`);
  const manager = allows(MANAGERS, useCurrentUser()?.role);
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorNotice error={query.error} onRetry={() => void query.refetch()} />;
  const campaign = query.data;
  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/pakta-integritas" size="sm">{t('pacts.backToList')}</Anchor>
      <CampaignHeader campaign={campaign} manager={manager} />
      <Suspense fallback={<Loading />}><CompliancePanel campaign={campaign} /></Suspense>
      {manager && (
        <Paper withBorder p="md" component="section" aria-labelledby="pact-add-title">
          <Title order={2} size="h4" id="pact-add-title" mb="sm">{t('pacts.addTargets')}</Title>
          <AddTargets campaign={campaign} />
        </Paper>
      )}
      {manager && <LinksPanel campaign={campaign} />}
      <TargetsSection campaign={campaign} manager={manager} />
    </Stack>
  );
}

function CampaignHeader({ campaign, manager }: { campaign: CampaignSummary; manager: boolean }) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const [editing, setEditing] = useState(false);
  const remove = useRemoveCampaign();
  const navigate = useNavigate();
  const zone = zoneLabel(campaign.timeZone, campaign.regionCode);
  return (
    <Paper withBorder p="md" component="section">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start">
          <Title order={1}>{campaign.title}</Title>
          <Group gap="xs">
            <Button component="a" href={pactsApi.recapUrl(campaign.id, 'xlsx')} download variant="light">{t('pacts.recapXlsx')}</Button>
            <Button component="a" href={pactsApi.recapUrl(campaign.id, 'pdf')} download variant="light">{t('pacts.recapPdf')}</Button>
            {manager && !editing && <Button variant="default" onClick={() => setEditing(true)}>{t('pacts.editCampaign')}</Button>}
            {/* Only while nobody has submitted: the server refuses (409) once a target has. */}
            {manager && !editing && campaign.counts.targets === campaign.counts.belum + campaign.counts.terlambat && (
              <ConfirmDangerButton label={t('pacts.deleteCampaign')} title={t('pacts.deleteCampaign')} body={t('pacts.deleteCampaignBody', { title: campaign.title })}
                pending={remove.isPending} error={remove.error} onOpen={() => remove.reset()}
                onConfirm={() => remove.mutate({ id: campaign.id, version: campaign.version }, { onSuccess: () => navigate('/pakta-integritas') })} />
            )}
          </Group>
        </Group>
        {editing ? (
          <CampaignForm campaign={campaign} onSaved={() => setEditing(false)} onCancel={() => setEditing(false)} />
        ) : (
          <>
            <Text size="sm"><Text span fw={600}>{t('pacts.region')}:</Text> {campaign.regionName}</Text>
            <Text size="sm" data-testid="pact-deadline"><Text span fw={600}>{t('pacts.deadline')}:</Text> {formatInZone(locale, campaign.deadline, zone)}</Text>
            {campaign.legalBasis && <Text size="sm"><Text span fw={600}>{t('pacts.field.legalBasis')}:</Text> {campaign.legalBasis}</Text>}
            <Group gap={4}>
              {REQUIREMENTS.filter((key) => campaign[key]).map((key) => <Badge key={key} variant="outline">{t(`pacts.requirement.${key}`)}</Badge>)}
            </Group>
            {campaign.notes && <Text size="sm" c="dimmed">{campaign.notes}</Text>}
          </>
        )}
      </Stack>
    </Paper>
  );
}
