import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLang } from '../../shell/useLang';
import { formatInZone } from '../../shell/zonedTime';
import type { IncidentDetail } from '../incidents/api';

/**
 * The sources of a primary report: itself and every report merged into it, each with its channel,
 * when it became known, its reporter (as the reader may see them) and its own words, so nothing
 * reported is lost by merging. Shown once a report has at least one duplicate.
 */
export function IncidentSources({ incident }: { incident: IncidentDetail }) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const sources = incident.sources ?? [];
  if (sources.length < 2) return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="sources-title" data-testid="incident-sources">
      <Title order={2} size="h4" mb="sm" id="sources-title">{t('incidentDuplicates.sourcesTitle', { count: sources.length })}</Title>
      <Stack gap="sm">
        {sources.map((source) => (
          <Stack key={source.id} gap={2} data-testid="incident-source">
            <Group gap="xs">
              {source.primary
                ? <Text fw={600} size="sm" className="mono">{source.reference}</Text>
                : <Anchor component={Link} to={`/incidents/${source.id}`} fw={600} size="sm" className="mono">{source.reference}</Anchor>}
              {source.primary && <Badge size="sm" variant="light">{t('incidentDuplicates.primary')}</Badge>}
              <Badge size="sm" variant="outline" color="gray">{t(`incidents.channel.${source.channel}`)}</Badge>
              <Text size="xs" c="dimmed">{t('incidentDuplicates.knownAt', { at: formatInZone(locale, source.knownAt, incident.region.timeZone) })}</Text>
            </Group>
            <Text size="xs" c="dimmed">
              {source.reporter.name ?? t(source.reporter.anonymous ? 'incidentDuplicates.anonymous' : 'incidentDuplicates.noName')}
              {source.reporter.contact ? ` · ${source.reporter.contact}` : ''}
            </Text>
            <Text size="sm" className="incident-description">{source.description}</Text>
          </Stack>
        ))}
      </Stack>
    </Paper>
  );
}
