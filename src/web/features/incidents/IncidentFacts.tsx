import { Anchor, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLang } from '../../shell/useLang';
import { formatInZone } from '../../shell/zonedTime';
import type { IncidentDetail } from './api';

function Fact({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <Stack gap={0} data-testid={testId}>
      <Text size="xs" c="dimmed" fw={600}>{label}</Text>
      <Text size="sm" component="div">{children}</Text>
    </Stack>
  );
}

/** Every field of a report; the reporter's contact appears only when the API gives it to this reader. */
export function IncidentFacts({ incident }: { incident: IncidentDetail }) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const zone = incident.region.timeZone;
  const { reporter } = incident;
  const reporterName = reporter.anonymous && !reporter.name ? t('incidents.anonymous') : reporter.name ?? '–';
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="incident-facts-title">
      <Title order={2} size="h4" mb="sm" id="incident-facts-title">{t('incidents.facts')}</Title>
      <Text className="incident-description" mb="md" data-testid="incident-description">{incident.description}</Text>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm">
        <Fact label={t('incidents.field.regime')}>{t(`incidents.regime.${incident.regime}`)}</Fact>
        <Fact label={t('incidents.field.occurredAt')}>{formatInZone(locale, incident.occurredAt, zone)}</Fact>
        <Fact label={t('incidents.field.knownAt')}>{formatInZone(locale, incident.knownAt, zone)}</Fact>
        <Fact label={t('incidents.field.region')}>
          <Anchor component={Link} to={`/regions/${incident.region.code}`}>{incident.region.name}</Anchor> <Text span c="dimmed" size="xs">({incident.region.code}, {zone})</Text>
        </Fact>
        <Fact label={t('incidents.field.tps')}>{incident.tps ?? '–'}</Fact>
        <Fact label={t('incidents.field.position')}>
          {incident.latitude !== null && incident.longitude !== null ? `${incident.latitude}, ${incident.longitude}` : '–'}
        </Fact>
        <Fact label={t('incidents.field.channel')}>{t(`incidents.channel.${incident.channel}`)}</Fact>
        <Fact label={t('incidents.field.reporter')} testId="incident-reporter">
          {reporterName}
          {reporter.anonymous && reporter.name && <Text span c="dimmed" size="xs"> ({t('incidents.anonymous')})</Text>}
          {reporter.contact && <Text size="sm">{reporter.contact}</Text>}
          {reporter.hidden && <Text size="xs" c="dimmed">{t('incidents.contactHidden')}</Text>}
        </Fact>
        <Fact label={t('incidents.field.referredUnit')} testId="incident-referred-unit">{incident.referredUnit?.name ?? '–'}</Fact>
        {incident.duplicateOf && (
          <Fact label={t('incidents.field.duplicateOf')}>
            <Anchor component={Link} to={`/incidents/${incident.duplicateOf.id}`} className="mono">{incident.duplicateOf.reference}</Anchor>
          </Fact>
        )}
        <Fact label={t('incidents.field.createdAt')}>{formatInZone(locale, incident.createdAt, zone)}</Fact>
      </SimpleGrid>
    </Paper>
  );
}
