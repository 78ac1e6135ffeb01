import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorNotice, Loading } from '../../shell/QueryState';
import { useLang } from '../../shell/useLang';
import { isProvince, reviewSteps, zoneOf } from './access';
import type { ReportDetail } from './api';
import { reportsApi } from './api';
import { CommentsPanel } from './CommentsPanel';
import { ContentView } from './ContentView';
import { localTime, periodLabel } from './format';
import { useReport } from './queries';
import { ReviewPanel } from './ReviewPanel';
import { RollupPanel } from './RollupPanel';
import { SectionEditor } from './SectionEditor';
import { StateBadge } from './StateBadge';
import { VersionsPanel } from './VersionsPanel';

/** /laporan-politik/:id — one report: write and submit it, review it, follow its versions and comments. */
export function ReportPage() {
  const { t } = useTranslation();
  const id = Number.parseInt(useParams().id ?? '', 10) || 0;
  const report = useReport(id);
  useDocumentTitle(`${report.data?.title ?? t('politicalReports.title')} · Sinergi`);
  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/laporan-politik" size="sm">{t('politicalReports.back')}</Anchor>
      {report.isPending && <Loading />}
      {report.isError && <ErrorNotice error={report.error} onRetry={() => void report.refetch()} />}
      {report.data && <ReportView report={report.data} />}
    </Stack>
  );
}

function ReportView({ report }: { report: ReportDetail }) {
  const { t } = useTranslation();
  const { lang, locale } = useLang();
  // The server lists what this account may do with the report now; nothing else is offered.
  const writing = report.actions.includes('edit');
  const reviewing = reviewSteps(report.actions).length > 0;
  const zone = zoneOf(report);
  return (
    <>
      <Paper withBorder p="md" component="header" data-testid="report-header">
        <Group justify="space-between" align="flex-start">
          <Stack gap={4}>
            <Title order={1} size="h2">{report.title}</Title>
            <Text size="sm">{report.regionName} · {t(`politicalReports.kind.${report.kind}`)}
              {report.periodStart ? ` · ${periodLabel(locale, report.periodStart, report.periodEnd)}` : ''}</Text>
            {report.occurredAt && <Text size="sm" data-testid="report-occurred">{t('politicalReports.occurredAt', { at: localTime(locale, report.occurredAt, zone) })}</Text>}
            {report.dueAt && <Text size="sm" data-testid="report-due">{t('politicalReports.dueAt', { at: localTime(locale, report.dueAt, zone) })}</Text>}
            {report.submittedAt && <Text size="sm" c="dimmed">{t('politicalReports.submittedAt', { at: localTime(locale, report.submittedAt, zone) })}</Text>}
            {report.reviewedAt && <Text size="sm" c="dimmed">{t('politicalReports.reviewedAt', { at: localTime(locale, report.reviewedAt, zone) })}</Text>}
          </Stack>
          <Stack gap="xs" align="flex-end">
            <StateBadge state={report.state} late={report.late} />
            <Text size="xs" c="dimmed">{t('politicalReports.versions.current', { number: report.currentVersion })}</Text>
            {report.currentVersion > 0 && (
              <Button component="a" href={reportsApi.pdfUrl(report.id, lang)} download size="xs" variant="light" data-testid="report-pdf">
                {t('politicalReports.pdf')}
              </Button>
            )}
          </Stack>
        </Group>
      </Paper>
      {!writing && !reviewing && (report.state === 'terkirim' || report.state === 'ditinjau') && (
        <Text size="sm" c="dimmed" role="status">{t('politicalReports.awaitingReview')}</Text>
      )}
      {writing
        ? <SectionEditor key={report.id} report={report} canSubmit={report.actions.includes('submit')} />
        : (
          <Paper withBorder p="md" component="section" aria-label={t('politicalReports.content')}>
            <ContentView sections={report.sections} content={report.content} testId="report-content" />
          </Paper>
        )}
      {reviewing && <ReviewPanel report={report} />}
      {isProvince(report.regionCode) && report.kind === 'periodik' && <RollupPanel report={report} canPull={report.actions.includes('rollup')} />}
      <VersionsPanel report={report} />
      <CommentsPanel report={report} canWrite={report.actions.includes('comment')} />
    </>
  );
}
