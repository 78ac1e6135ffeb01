import './incidents.css';
import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorNotice, Loading } from '../../shell/QueryState';
import { useLang } from '../../shell/useLang';
import { IncidentStatusBadge, SeverityBadge } from './Badges';
import { DeadlineList } from './DeadlineList';
import { IncidentActions } from './IncidentActions';
import { IncidentFacts } from './IncidentFacts';
import { IncidentAttachments } from '../incident-attachments/IncidentAttachments';
import { IncidentSources } from '../incident-duplicates/IncidentSources';
import { SimilarIncidentsPanel } from '../incident-duplicates/SimilarIncidentsPanel';
import { NeutralityCasePanel } from '../neutrality/NeutralityCasePanel';
import { TransitionTimeline } from './TransitionTimeline';
import { useIncident } from './queries';
import { useIncidentLive } from './useIncidentLive';

/** /incidents/:id — one report: its facts, legal clocks, what was decided, and the actions open to the reader. */
export function IncidentPage() {
  const { t } = useTranslation();
  const { lang } = useLang();
  const id = Number(useParams().id);
  const incident = useIncident(id);
  useIncidentLive();
  useDocumentTitle(`${incident.data?.reference ?? t('incidents.incident')} · Sinergi`);
  if (incident.isPending) return <Loading />;
  if (incident.isError) return <ErrorNotice error={incident.error} onRetry={() => void incident.refetch()} />;
  const data = incident.data;
  return (
    <Stack gap="lg">
      <Stack gap={6}>
        <Anchor component={Link} to="/incidents" size="sm">‹ {t('incidents.backToList')}</Anchor>
        <Group gap="xs">
          <IncidentStatusBadge status={data.status} />
          <SeverityBadge severity={data.severity} />
        </Group>
        <Title order={1} size="h2"><span className="mono">{data.reference}</span> · {data.category.name[lang]}</Title>
        <Text size="sm" c="dimmed">{data.region.name}</Text>
      </Stack>
      <IncidentActions incident={data} />
      <IncidentFacts incident={data} />
      <NeutralityCasePanel incident={data} />
      <IncidentAttachments incidentId={data.id} zone={data.region.timeZone} />
      <IncidentSources incident={data} />
      <SimilarIncidentsPanel incident={data} />
      <DeadlineList incident={data} />
      <TransitionTimeline incident={data} />
    </Stack>
  );
}
