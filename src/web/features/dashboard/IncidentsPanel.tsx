import { Anchor, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLang } from '../../shell/useLang';
import { formatInZone, timeZoneOfRegion } from '../../shell/zonedTime';
import type { DashboardIncidents } from './api';
import { CountLink } from './CountLink';
import { usePanel } from './queries';
import { Panel } from './Panel';
import { TrendChart } from './TrendChart';

/** Open incidents by category and severity, the fortnight's trend and the newest reports; kept current by the live feed. */
export function IncidentsPanel({ region }: { region: string | undefined }) {
  const { t } = useTranslation();
  const query = usePanel('incidents', region);
  const data = query.data;
  return (
    <Panel title={t('dashboard.incidents.title')} query={query} testId="dash-incidents">
      {data && (
        <>
          <Group gap="xs" align="baseline">
            <CountLink size="lg" count={data.open.total} to={data.open.link} label={t('dashboard.incidents.openLabel', { count: data.open.total })} />
            <Text>{t('dashboard.incidents.open')}</Text>
          </Group>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <OpenByCategory data={data} />
            <OpenBySeverity data={data} />
          </SimpleGrid>
          <TrendChart trend={data.trend} />
          <Newest data={data} />
        </>
      )}
    </Panel>
  );
}

function OpenByCategory({ data }: { data: DashboardIncidents }) {
  const { t } = useTranslation();
  const { lang } = useLang();
  return (
    <Stack gap={4}>
      <Title order={3} size="h6">{t('dashboard.incidents.byCategory')}</Title>
      {data.open.byCategory.length === 0 && <Text size="sm" c="dimmed">{t('dashboard.none')}</Text>}
      <ul className="dash-counts">
        {data.open.byCategory.map((row) => (
          <li key={row.category}>
            <CountLink count={row.count} to={row.link} label={t('dashboard.incidents.categoryLabel', { count: row.count, category: row.name[lang] })} />
            <span>{row.name[lang]}</span>
          </li>
        ))}
      </ul>
    </Stack>
  );
}

function OpenBySeverity({ data }: { data: DashboardIncidents }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      <Title order={3} size="h6">{t('dashboard.incidents.bySeverity')}</Title>
      <ul className="dash-counts">
        {data.open.bySeverity.map((row) => {
          const severity = t(`incidents.severity.${row.severity}`);
          return (
            <li key={row.severity}>
              <CountLink count={row.count} to={row.link} label={t('dashboard.incidents.severityLabel', { count: row.count, severity })} />
              <span>{severity}</span>
            </li>
          );
        })}
      </ul>
    </Stack>
  );
}

function Newest({ data }: { data: DashboardIncidents }) {
  const { t } = useTranslation();
  const { lang, locale } = useLang();
  return (
    <Stack gap={4}>
      <Title order={3} size="h6">{t('dashboard.incidents.newest')}</Title>
      {data.newest.length === 0 && <Text size="sm" c="dimmed">{t('dashboard.none')}</Text>}
      {/* Polite: a report the live feed brings in is read out without taking the reader's place. */}
      <ul className="dash-list" aria-live="polite" data-testid="dash-newest">
        {data.newest.map((incident) => (
          <li key={incident.id}>
            <Anchor component={Link} to={incident.link} fw={600}>{incident.reference}</Anchor>{' '}
            <Text span size="sm">{incident.category.name[lang]} · {t(`incidents.severity.${incident.severity}`)} · {t(`incidents.status.${incident.status}`)}</Text>
            <Text size="xs" c="dimmed">{incident.regionName} · {formatInZone(locale, incident.occurredAt, timeZoneOfRegion(incident.regionCode))}</Text>
          </li>
        ))}
      </ul>
    </Stack>
  );
}
