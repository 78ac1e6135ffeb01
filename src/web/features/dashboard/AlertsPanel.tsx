import { Anchor, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLang } from '../../shell/useLang';
import { formatInZone, timeZoneOfRegion } from '../../shell/zonedTime';
import { CountLink } from './CountLink';
import { usePanel } from './queries';
import { Panel } from './Panel';

/** The early-warning alerts still open in the region, newest first. */
export function AlertsPanel({ region }: { region: string | undefined }) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const query = usePanel('alerts', region);
  const data = query.data;
  return (
    <Panel title={t('dashboard.alerts.title')} query={query} testId="dash-alerts">
      {data && (
        <>
          <Group gap="xs" align="baseline">
            <CountLink size="lg" count={data.total} to={data.link} label={t('dashboard.alerts.totalLabel', { count: data.total })} />
            <Text>{t('dashboard.alerts.active')}</Text>
          </Group>
          {data.active.length === 0 && <Text size="sm" c="dimmed">{t('dashboard.alerts.none')}</Text>}
          <ul className="dash-list">
            {data.active.slice(0, 5).map((alert) => (
              <li key={alert.id}>
                <Anchor component={Link} to={alert.link} fw={600}>{alert.rule}</Anchor>{' '}
                <Text span size="sm">{alert.regionName} · {t('dashboard.alerts.reports', { count: alert.incidentCount })}</Text>
                <Text size="xs" c="dimmed">{formatInZone(locale, alert.raisedAt, timeZoneOfRegion(alert.regionCode))}</Text>
              </li>
            ))}
          </ul>
        </>
      )}
    </Panel>
  );
}
