import { Anchor, Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Loading } from '../../shell/QueryState';
import { RegionProblem } from '../../shell/RegionProblem';
import { useLang } from '../../shell/useLang';
import { formatCalendarDate } from '../../shell/zonedTime';
import { RegionOpenActionItems } from '../action-items/RegionOpenActionItems';
import { allows } from '../auth/access';
import { useCurrentUser } from '../auth/session';
import { RegionVulnerabilitySummary } from '../vulnerability/RegionVulnerabilitySummary';
import { NewAssessmentForm } from './NewAssessmentForm';
import { PercentBar } from './PercentBar';
import { usePercentFormat, useRegionReadiness } from './queries';
import { ASSESSORS, assessmentPath, regionPath, stageName } from './readiness';
import type { RegionDomain, RegionReadiness } from './readinessApi';
import { RollUpSection } from './RollUpSection';
import './readiness.css';

/** /readiness/regions/:code — a province's or kabupaten/kota's readiness per domain, and a new assessment. */
export function ReadinessRegionPage() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const readiness = useRegionReadiness(code);
  const name = readiness.data?.region.code === code ? readiness.data.region.name : null;
  useDocumentTitle(name ? `${t('readiness.region.title', { name })} · Sinergi` : `${t('readiness.home.title')} · Sinergi`);

  if (readiness.isPending) return <Loading />;
  if (readiness.isError) return <RegionProblemPage code={code} error={readiness.error} onRetry={() => void readiness.refetch()} />;
  return <RegionView view={readiness.data} busy={readiness.isFetching} />;
}

/** Unknown or out of scope (404), a kecamatan or desa (400: readiness stops at kabupaten/kota), or another failure. */
function RegionProblemPage({ code, error, onRetry }: { code: string; error: unknown; onRetry: () => void }) {
  return (
    <RegionProblem
      code={code} error={error} onRetry={onRetry} testIdPrefix="readiness"
      back={{ to: '/readiness', label: 'readiness.region.backHome' }}
      notAvailableLink={{ to: regionPath(code.split('.').slice(0, 2).join('.')), label: 'readiness.region.openRegency' }}
      text={{ notFound: 'readiness.region.notFound', notAvailable: 'readiness.region.notAvailable', notAvailableBody: 'readiness.region.notAvailableBody' }}
    />
  );
}

function RegionView({ view, busy }: { view: RegionReadiness; busy: boolean }) {
  const { t } = useTranslation();
  const role = useCurrentUser()?.role;
  const { region } = view;
  const parent = region.level === 2 ? region.parentCode : null;
  return (
    <Stack gap="lg" aria-busy={busy} className="readiness-page">
      <Stack gap={6}>
        {parent ? (
          <Anchor component={Link} to={regionPath(parent)} size="sm" data-testid="back-to-province">‹ {t('readiness.region.backProvince')}</Anchor>
        ) : (
          <Anchor component={Link} to="/readiness" size="sm">‹ {t('readiness.region.backHome')}</Anchor>
        )}
        <Text size="sm" c="dimmed" tt="uppercase" fw={600}>
          {t('readiness.home.title')} · {t(region.level === 1 ? 'readiness.region.levelProvince' : 'readiness.region.levelRegency')}
        </Text>
        <Title order={1} size="h2" className="readiness-wrap">{t('readiness.region.title', { name: region.name })}</Title>
        <Anchor component={Link} to={`/regions/${encodeURIComponent(region.code)}`} size="sm">{t('readiness.region.profile')}</Anchor>
      </Stack>

      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <Paper withBorder p="md" component="section" aria-labelledby="readiness-overall">
          <Stack gap="xs">
            <Title order={2} size="h4" id="readiness-overall">{t('readiness.region.overall')}</Title>
            <PercentBar percent={view.percent} label={t('readiness.region.overall')} big testId="region-percent" />
            <Text size="sm" c="dimmed">{t('readiness.region.overallHint')}</Text>
          </Stack>
        </Paper>
        <RegionVulnerabilitySummary regionCode={region.code} />
      </SimpleGrid>

      <section aria-labelledby="readiness-domains">
        <Title order={2} size="h3" id="readiness-domains" mb="sm">{t('readiness.region.domains')}</Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          {view.domains.map((domain) => <DomainCard key={domain.domain} domain={domain} />)}
        </SimpleGrid>
      </section>

      <RegionOpenActionItems regionCode={region.code} />

      {view.rollUp && <RollUpSection rollUp={view.rollUp} provinceName={region.name} />}

      {allows(ASSESSORS, role) && <NewAssessmentForm view={view} />}
    </Stack>
  );
}

/** One domain: its percent (mean of its checklists' latest) and each checklist's latest assessment. */
function DomainCard({ domain }: { domain: RegionDomain }) {
  const { t } = useTranslation();
  const { lang, locale } = useLang();
  const format = usePercentFormat();
  const label = domain.label[lang];
  const headingId = `domain-${domain.domain}`;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId} data-testid="domain-card" data-domain={domain.domain}>
      <Stack gap="sm">
        <Title order={3} size="h4" id={headingId}>{label}</Title>
        <PercentBar percent={domain.percent} label={t('readiness.region.domainPercent', { label })} testId="domain-percent" />
        <Stack component="ul" gap="xs" className="readiness-templates">
          {domain.templates.map(({ template, latest, history }) => (
            <li key={template.code} data-testid="template-row" data-template={template.code}>
              <Text size="sm" fw={600} className="readiness-wrap">{template.title[lang]}</Text>
              <Text size="xs" c="dimmed">
                {template.stageCode ? t('readiness.stage', { stage: stageName(template.stageCode, lang) }) : t('readiness.anyStage')}
              </Text>
              {latest ? (
                <Group gap="xs" wrap="wrap" mt={2}>
                  <Badge variant="light" color="indigo" className="badge-full">{latest.percent === null ? t('readiness.noPercent') : format(latest.percent)}</Badge>
                  <Text size="sm">{formatCalendarDate(locale, latest.assessedOn)}</Text>
                  <Anchor component={Link} to={assessmentPath(latest.assessmentId)} size="sm"
                    aria-label={t('readiness.region.openAssessmentOf', { title: template.title[lang] })}>
                    {t('readiness.region.openAssessment')}
                  </Anchor>
                  {history.length > 1 && <Text size="xs" c="dimmed">{t('readiness.region.history', { n: history.length })}</Text>}
                </Group>
              ) : (
                <Text size="sm" c="dimmed" mt={2}>{t('readiness.region.notAssessed')}</Text>
              )}
            </li>
          ))}
        </Stack>
      </Stack>
    </Paper>
  );
}
