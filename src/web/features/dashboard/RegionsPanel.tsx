import { Anchor, Stack, Table, Text, Title } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLang } from '../../shell/useLang';
import { usePanel } from './queries';
import { Panel } from './Panel';
import { Loading } from '../../shell/QueryState';

// The map and its chart library load after the numbers, in a chunk of their own.
const ReadinessMapSection = lazy(async () => ({ default: (await import('./ReadinessMapSection')).ReadinessMapSection }));

interface Props {
  region: string | undefined;
  /** The province the map draws (none: the provinces). */
  mapParent: string | undefined;
  /** A region clicked on the map. */
  onPick: (code: string) => void;
}

/** The regions one level down that need attention first (vulnerability, readiness), and readiness by domain. */
export function RegionsPanel({ region, mapParent, onPick }: Props) {
  const { t } = useTranslation();
  const { lang, locale } = useLang();
  const query = usePanel('regions', region);
  const data = query.data;
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  return (
    <Panel title={t('dashboard.regions.title')} query={query} testId="dash-regions">
      {data && (
        <>
          {data.worst.length === 0 && <Text size="sm" c="dimmed">{t('dashboard.none')}</Text>}
          {data.worst.length > 0 && (
            <Table.ScrollContainer minWidth={320}>
              <Table striped>
                <Table.Caption>{t('dashboard.regions.worst')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('dashboard.regions.region')}</Table.Th>
                    <Table.Th scope="col" ta="right">{t('dashboard.regions.vulnerability')}</Table.Th>
                    <Table.Th scope="col" ta="right">{t('dashboard.regions.readiness')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.worst.map((row) => (
                    <Table.Tr key={row.code}>
                      <Table.Th scope="row" fw={500}>{row.name}</Table.Th>
                      <Table.Td ta="right">
                        <Anchor component={Link} to={row.vulnerabilityLink} aria-label={t('dashboard.regions.vulnerabilityLabel', { region: row.name, score: row.vulnerabilityScore === null ? '—' : number.format(row.vulnerabilityScore) })}>
                          {row.vulnerabilityScore === null ? '—' : number.format(row.vulnerabilityScore)}
                        </Anchor>
                      </Table.Td>
                      <Table.Td ta="right">
                        <Anchor component={Link} to={row.readinessLink} aria-label={t('dashboard.regions.readinessLabel', { region: row.name, percent: row.readinessPercent === null ? '—' : `${number.format(row.readinessPercent)}%` })}>
                          {row.readinessPercent === null ? '—' : `${number.format(row.readinessPercent)}%`}
                        </Anchor>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          {data.readinessByDomain.length > 0 && (
            <Stack gap={4}>
              <Title order={3} size="h6">{t('dashboard.regions.byDomain')}</Title>
              <ul className="dash-domains">
                {data.readinessByDomain.map((row) => (
                  <li key={row.domain}>
                    <Anchor component={Link} to={row.link} aria-label={t('dashboard.regions.domainLabel', { domain: row.label[lang], percent: row.percent === null ? t('dashboard.regions.notAssessed') : `${number.format(row.percent)}%` })}>
                      <span>{row.label[lang]}</span>
                      <span className="dash-domain-bar" aria-hidden="true"><span style={{ width: `${Math.max(0, Math.min(100, row.percent ?? 0))}%` }} /></span>
                      <span className="dash-domain-value">{row.percent === null ? '—' : `${number.format(row.percent)}%`}</span>
                    </Anchor>
                  </li>
                ))}
              </ul>
            </Stack>
          )}
          <Suspense fallback={<Loading />}>
            <ReadinessMapSection parent={mapParent} onSelect={onPick} />
          </Suspense>
        </>
      )}
    </Panel>
  );
}
